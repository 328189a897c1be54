namespace Naringslivsplattform.BuildingBlocks.PlanContributions;

/// <summary>
/// The kind keys of actions other modules record. Planners set count targets on them like on the core's own kinds, and
/// the timeline filters by them, so they are known here rather than discovered from the modules.
/// </summary>
public static class ContributionKinds
{
    /// <summary>A company visit by officials and/or politicians (activity 1.3).</summary>
    public const string CompanyVisit = "CompanyVisit";

    public static readonly IReadOnlyList<string> All = [CompanyVisit];
}
