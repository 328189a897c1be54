using Naringslivsplattform.BuildingBlocks.PlanContributions;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>The kinds of UF event activity 2.2 lists, by their keys in <see cref="ContributionKinds"/>.</summary>
internal static class UfEventKinds
{
    public static readonly IReadOnlyList<string> All =
        [ContributionKinds.PrimarySchoolUfDay, ContributionKinds.UpperSecondarySchoolVisit, ContributionKinds.UfCompanyActivity, ContributionKinds.UfFair];

    /// <summary>The plan's primary-school UF day: 21 August every year.</summary>
    public static DateOnly UfDayOf(int year) => new(year, 8, 21);

    /// <summary>The kind's Swedish name, for titles, lists and pages.</summary>
    public static string Name(string kind) => kind switch
    {
        ContributionKinds.PrimarySchoolUfDay => YoungEnterpriseTexts.UfKindPrimarySchoolUfDay,
        ContributionKinds.UpperSecondarySchoolVisit => YoungEnterpriseTexts.UfKindUpperSecondarySchoolVisit,
        ContributionKinds.UfCompanyActivity => YoungEnterpriseTexts.UfKindUfCompanyActivity,
        ContributionKinds.UfFair => YoungEnterpriseTexts.UfKindUfFair,
        _ => kind,
    };

    /// <summary>The kind as given, in its canonical spelling; null when it is not a UF event kind.</summary>
    public static string? Find(string? kind) => All.FirstOrDefault(k => string.Equals(k, kind?.Trim(), StringComparison.OrdinalIgnoreCase));
}
