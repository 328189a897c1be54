using System.Globalization;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan.Ui;

/// <summary>Swedish words for timeline entries, shared by the list and the calendar.</summary>
internal static class TimelineTexts
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>An action kind's Swedish name; a kind from another source that has none yet shows its key.</summary>
    public static string KindName(string kind) =>
        kind == TimelineProjection.DecisionKind ? ProcessPlanTexts.TimelineKindLeadershipDecision
        : ContributionKindNames.TryGetValue(kind, out var name) ? name
        : Enum.TryParse<PlanActionKind>(kind, out var actionKind) ? ActionTexts.KindName(actionKind)
        : kind;

    /// <summary>Other modules' kinds; a key the core shares (ClusterMeeting) takes the core's name.</summary>
    private static readonly Dictionary<string, string> ContributionKindNames = new(StringComparer.Ordinal)
    {
        [ContributionKinds.CompanyVisit] = ProcessPlanTexts.TimelineKindCompanyVisit,
        [ContributionKinds.IndustryCouncilMeeting] = ProcessPlanTexts.TimelineKindIndustryCouncilMeeting,
        [ContributionKinds.LeadTeacherMeeting] = ProcessPlanTexts.TimelineKindLeadTeacherMeeting,
        [ContributionKinds.PrimarySchoolUfDay] = ProcessPlanTexts.TimelineKindPrimarySchoolUfDay,
        [ContributionKinds.UpperSecondarySchoolVisit] = ProcessPlanTexts.TimelineKindUpperSecondarySchoolVisit,
        [ContributionKinds.UfCompanyActivity] = ProcessPlanTexts.TimelineKindUfCompanyActivity,
        [ContributionKinds.UfFair] = ProcessPlanTexts.TimelineKindUfFair,
    };

    public static string StatusName(TimelineStatus status) => status switch
    {
        TimelineStatus.Completed => ProcessPlanTexts.ActionStatusCompleted,
        TimelineStatus.Cancelled => ProcessPlanTexts.ActionStatusCancelled,
        _ => ProcessPlanTexts.ActionStatusPlanned,
    };

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Swedish);

    public static string Format(string template, params object[] values) => string.Format(Swedish, template, values);
}
