using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Actions;

namespace Naringslivsplattform.ProcessPlan.Timeline;

/// <summary>The Swedish names of the timeline's kind keys, whichever source of actions they come from.</summary>
internal static class TimelineKinds
{
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

    /// <summary>A kind's Swedish name; a kind from another source that has none yet shows its key.</summary>
    public static string Name(string kind) =>
        kind == TimelineProjection.DecisionKind ? ProcessPlanTexts.TimelineKindLeadershipDecision
        : ContributionKindNames.TryGetValue(kind, out var name) ? name
        : Enum.TryParse<PlanActionKind>(kind, out var actionKind) ? PlanActionKinds.Name(actionKind)
        : kind;
}
