using Marten.Events.Projections;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Timeline;

/// <summary>
/// Builds one <see cref="TimelineEntry"/> per action or leadership decision stream. A multi-stream projection keyed by the source
/// stream id rather than a snapshot of <see cref="PlanAction"/>, so that other event families can add
/// their own <c>Identity</c> and <c>Create</c>/<c>Apply</c> methods here and land in the same table.
/// </summary>
internal sealed partial class TimelineProjection : MultiStreamProjection<TimelineEntry, Guid>
{
    public const string ProjectionName = "Timeline";
    public const string ActionSource = "action";
    public const string DecisionSource = "decision";

    /// <summary>Another module's action, read through the <see cref="IPlanContribution"/> contract.</summary>
    public const string ContributionSource = "contribution";

    /// <summary>The timeline's kind key of a leadership decision (beside the action kinds).</summary>
    public const string DecisionKind = "LeadershipDecision";

    public TimelineProjection()
    {
        Name = ProjectionName;
        Identity<ActionPlanned>(e => e.ActionId);
        Identity<ActionRescheduled>(e => e.ActionId);
        Identity<ActionCompleted>(e => e.ActionId);
        Identity<ActionCancelled>(e => e.ActionId);
        Identity<DecisionNeedRecorded>(e => e.DecisionId);
        Identity<DecisionMade>(e => e.DecisionId);
        Identity<DecisionNeedWithdrawn>(e => e.DecisionId);
        Identity<IPlanContribution>(e => e.ContributionId);
    }

    public static TimelineEntry Create(ActionPlanned planned) =>
        new(planned.ActionId, planned.PlanId, planned.ActivityCode.ToString(), planned.ActivityCode.Category, planned.Kind.ToString(), planned.Title,
            TimelineStatus.Planned, planned.PlannedFrom, planned.PlannedTo, null, planned.Locality, planned.ResponsibleOfficial, ActionSource,
            $"atgarder/{planned.ActionId}");

    public static TimelineEntry Apply(ActionRescheduled rescheduled, TimelineEntry entry) =>
        entry with { PlannedFrom = rescheduled.PlannedFrom, PlannedTo = rescheduled.PlannedTo };

    public static TimelineEntry Apply(ActionCompleted completed, TimelineEntry entry) =>
        entry with { Status = TimelineStatus.Completed, HeldOn = completed.HeldOn };

    public static TimelineEntry Apply(ActionCancelled cancelled, TimelineEntry entry) =>
        entry with { Status = TimelineStatus.Cancelled };

    /// <summary>A leadership decision is on the timeline from the day it is needed by until the day it was taken.</summary>
    public static TimelineEntry Create(DecisionNeedRecorded recorded) =>
        new(recorded.DecisionId, recorded.PlanId, recorded.ActivityCode.ToString(), recorded.ActivityCode.Category, DecisionKind, recorded.Subject,
            TimelineStatus.Planned, recorded.NeededBy, recorded.NeededBy, null, null, "", DecisionSource, $"beslut/{recorded.DecisionId}");

    public static TimelineEntry Apply(DecisionMade made, TimelineEntry entry) =>
        entry with { Status = TimelineStatus.Completed, HeldOn = made.DecidedOn };

    public static TimelineEntry Apply(DecisionNeedWithdrawn withdrawn, TimelineEntry entry) =>
        entry with { Status = TimelineStatus.Cancelled };

    // Other modules' actions: the entry folds itself, so an "as of" read folds them with Marten's aggregator the same way.
    public static TimelineEntry Create(IPlanContributionPlanned planned) => TimelineEntry.Create(planned);

    public static TimelineEntry Apply(IPlanContributionRescheduled rescheduled, TimelineEntry entry) => entry.Apply(rescheduled);

    public static TimelineEntry Apply(IPlanContributionHeld held, TimelineEntry entry) => entry.Apply(held);

    public static TimelineEntry Apply(IPlanContributionCancelled cancelled, TimelineEntry entry) => entry.Apply(cancelled);
}
