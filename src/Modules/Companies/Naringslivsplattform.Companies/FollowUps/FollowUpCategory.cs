namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>What a follow-up is about; a fixed list, so the office can count issues per kind.</summary>
internal enum FollowUpCategory
{
    SkillsSupply,
    Premises,
    Permits,
    Infrastructure,
    Procurement,
    Financing,
    Marketing,
    Other,
}

internal static class FollowUpCategories
{
    public static readonly IReadOnlyList<FollowUpCategory> All = Enum.GetValues<FollowUpCategory>();

    /// <summary>A category by its name in code, in any case; null for anything else (numbers included).</summary>
    public static FollowUpCategory? Parse(string? text) =>
        All.Cast<FollowUpCategory?>().FirstOrDefault(c => string.Equals(c.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Name(FollowUpCategory category) => category switch
    {
        FollowUpCategory.SkillsSupply => CompaniesTexts.FollowUpCategorySkillsSupply,
        FollowUpCategory.Premises => CompaniesTexts.FollowUpCategoryPremises,
        FollowUpCategory.Permits => CompaniesTexts.FollowUpCategoryPermits,
        FollowUpCategory.Infrastructure => CompaniesTexts.FollowUpCategoryInfrastructure,
        FollowUpCategory.Procurement => CompaniesTexts.FollowUpCategoryProcurement,
        FollowUpCategory.Financing => CompaniesTexts.FollowUpCategoryFinancing,
        FollowUpCategory.Marketing => CompaniesTexts.FollowUpCategoryMarketing,
        _ => CompaniesTexts.FollowUpCategoryOther,
    };
}
