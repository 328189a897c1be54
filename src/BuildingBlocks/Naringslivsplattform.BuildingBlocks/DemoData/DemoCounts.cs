namespace Naringslivsplattform.BuildingBlocks.DemoData;

/// <summary>The names of what a demo run counts, which the command's summary reports.</summary>
public static class DemoCounts
{
    public const string Companies = "companies";
    public const string ContactPersons = "contact-persons";
    public const string Visits = "visits";

    /// <summary>Of visit answers and of issues raised at meetings.</summary>
    public const string FollowUps = "follow-ups";

    /// <summary>The office's own actions in the process plan.</summary>
    public const string PlanActions = "plan-actions";
    public const string Clusters = "clusters";

    /// <summary>Held and cancelled.</summary>
    public const string ClusterMeetings = "cluster-meetings";
    public const string Schools = "schools";
    public const string IndustryCouncils = "industry-councils";

    /// <summary>Industry council meetings, all held.</summary>
    public const string CouncilMeetings = "council-meetings";
    public const string LeadTeacherMeetings = "lead-teacher-meetings";
    public const string StudentCompanies = "student-companies";

    /// <summary>Held, cancelled and still planned.</summary>
    public const string UfEvents = "uf-events";
}
