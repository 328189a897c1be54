using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

// Facts about a leadership decision's stream. Shipped events are never edited: a new shape is a new event type or an upcaster.

internal sealed record DecisionNeedRecorded(Guid DecisionId, Guid PlanId, ActivityCode ActivityCode, string Subject, DateOnly NeededBy);

internal sealed record DecisionRequested(Guid DecisionId, DecisionBody Body, DateOnly RequestedOn, string? Diarienummer);

/// <param name="Diarienummer">Required when kommunfullmäktige or kommunstyrelsen decided; the management group keeps no diary.</param>
internal sealed record DecisionMade(Guid DecisionId, DateOnly DecidedOn, DecisionBody Body, string? Diarienummer, string Text, DecisionVerdict Verdict);

internal sealed record DecisionNeedWithdrawn(Guid DecisionId, string Reason);

internal static class LeadershipDecisionEventTypes
{
    public static readonly Type[] All = [typeof(DecisionNeedRecorded), typeof(DecisionRequested), typeof(DecisionMade), typeof(DecisionNeedWithdrawn)];
}
