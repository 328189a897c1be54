namespace Naringslivsplattform.BuildingBlocks.PlanContributions;

/// <summary>
/// The kind keys of actions other modules record. Planners set count targets on them like on the core's own kinds, and
/// the timeline filters by them, so they are known here rather than discovered from the modules.
/// </summary>
public static class ContributionKinds
{
    /// <summary>A company visit by officials and/or politicians (activity 1.3).</summary>
    public const string CompanyVisit = "CompanyVisit";

    /// <summary>
    /// A meeting with a micro-cluster, held on the cluster's request (1.2). The same key as the core's own cluster-meeting
    /// kind, so a target on cluster meetings counts those recorded in the Clusters module and any recorded in the core.
    /// </summary>
    public const string ClusterMeeting = "ClusterMeeting";

    /// <summary>A meeting of an upper-secondary programme's industry council (branschråd, 2.1).</summary>
    public const string IndustryCouncilMeeting = "IndustryCouncilMeeting";

    /// <summary>A meeting with a school's lead teachers (förstelärare) to plan entrepreneurial activities (2.1).</summary>
    public const string LeadTeacherMeeting = "LeadTeacherMeeting";

    /// <summary>The primary-school UF day (2.2; the plan says 21 August).</summary>
    public const string PrimarySchoolUfDay = "PrimarySchoolUfDay";

    /// <summary>A school visit at the upper-secondary school about UF (2.2).</summary>
    public const string UpperSecondarySchoolVisit = "UpperSecondarySchoolVisit";

    /// <summary>An activity for local young people running UF companies (2.2).</summary>
    public const string UfCompanyActivity = "UfCompanyActivity";

    /// <summary>A UF fair (2.2).</summary>
    public const string UfFair = "UfFair";

    public static readonly IReadOnlyList<string> All =
    [
        CompanyVisit, ClusterMeeting, IndustryCouncilMeeting, LeadTeacherMeeting,
        PrimarySchoolUfDay, UpperSecondarySchoolVisit, UfCompanyActivity, UfFair,
    ];
}
