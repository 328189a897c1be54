using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;
using Naringslivsplattform.YoungEnterprise.UfEvents;

namespace Naringslivsplattform.YoungEnterprise.Ui;

/// <summary>How the UF pages say statuses, kinds, schools and participation in Swedish.</summary>
internal static class UfTexts
{
    public static string StatusName(StudentCompanyStatus status) =>
        status == StudentCompanyStatus.WoundUp ? YoungEnterpriseTexts.UiCompanyStatusWoundUp : YoungEnterpriseTexts.UiCompanyStatusActive;

    public static string StatusName(UfEventStatus status) => status switch
    {
        UfEventStatus.Held => YoungEnterpriseTexts.UiEventStatusHeld,
        UfEventStatus.Cancelled => YoungEnterpriseTexts.UiEventStatusCancelled,
        _ => YoungEnterpriseTexts.UiEventStatusPlanned,
    };

    /// <summary>"Parkskolan (grundskola)".</summary>
    public static string SchoolName(SchoolReference school) =>
        $"{school.Name} ({(school.Level == SchoolLevel.Primary ? YoungEnterpriseTexts.UiSchoolPrimary : YoungEnterpriseTexts.UiSchoolUpperSecondary)})";

    /// <summary>"48 elever, 3 klasser, 1 UF-företag, 5 besökare".</summary>
    public static string Participation(UfParticipation p) =>
        SwedishFormat.Format(YoungEnterpriseTexts.UiParticipation, p.Students, p.Classes, p.StudentCompanyIds.Count, p.Visitors);

    public static DateOnly? DateOf(DateTime? picked) => picked is { } date ? DateOnly.FromDateTime(date) : null;

    public static DateTime? Picked(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);
}
