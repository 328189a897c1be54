using JasperFx.Events;
using Marten.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Decisions;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.History;

/// <summary>Progress against the plan's targets as it stood at the end of a day: that day's plan, actions and "today".</summary>
internal sealed record GetPlanProgressAsOf(Guid PlanId, int Year, AsOf AsOf) : IQuery<Outcome<TargetProgress[]>>;

internal sealed class GetPlanProgressAsOfHandler(IQuerySession session) : IQueryHandler<GetPlanProgressAsOf, Outcome<TargetProgress[]>>
{
    public async ValueTask<Outcome<TargetProgress[]>> Handle(GetPlanProgressAsOf query, CancellationToken cancellationToken)
    {
        var plan = await PlanAsOf.LoadAsync(session, query.PlanId, query.AsOf, cancellationToken);
        if (plan.Value is not { } then)
        {
            return plan.Error!;
        }

        var facts = await PlanFactsAsOf.LoadAsync(session, then, query.AsOf.End, cancellationToken);
        return (TargetProgress[])[.. TargetProgressCalculation.Calculate(facts, query.Year, query.AsOf.Day)];
    }
}

/// <summary>The plan's facts as they were at an instant: the read models hold only the latest state, so the action, decision and contribution events up to it are read in one query and folded.</summary>
internal static class PlanFactsAsOf
{
    public static async Task<PlanFacts> LoadAsync(IQuerySession session, Plan plan, DateTimeOffset until, CancellationToken cancellationToken)
    {
        Type[] counted = [.. PlanActionEventTypes.All, .. LeadershipDecisionEventTypes.All, .. ContributionsAsOf.EventTypes(session)];
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= until && e.EventTypesAre(counted))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return new PlanFacts(plan, ActionsAsOf.Fold(events), DecisionsAsOf.Fold(events), ContributionsAsOf.Fold(events));
    }
}

internal static class DecisionsAsOf
{
    public static IReadOnlyList<LeadershipDecision> Fold(IEnumerable<IEvent> events) => StreamsAsOf.Fold<LeadershipDecision>(events, Apply);

    private static LeadershipDecision? Apply(LeadershipDecision? decision, object data) => (decision, data) switch
    {
        (null, DecisionNeedRecorded recorded) => LeadershipDecision.Create(recorded),
        ({ } current, DecisionRequested requested) => current.Apply(requested),
        ({ } current, DecisionMade made) => current.Apply(made),
        ({ } current, DecisionNeedWithdrawn withdrawn) => current.Apply(withdrawn),
        _ => decision,
    };
}

internal static class ActionsAsOf
{
    public static IReadOnlyList<PlanAction> Fold(IEnumerable<IEvent> events) => StreamsAsOf.Fold<PlanAction>(events, Apply);

    private static PlanAction? Apply(PlanAction? action, object data) => (action, data) switch
    {
        (null, ActionPlanned planned) => PlanAction.Create(planned),
        ({ } current, ActionRescheduled rescheduled) => current.Apply(rescheduled),
        ({ } current, ActionCompleted completed) => current.Apply(completed),
        ({ } current, ActionCancelled cancelled) => current.Apply(cancelled),
        _ => action,
    };
}

/// <summary>Other modules' actions, folded with the timeline projection's own Create/Apply.</summary>
internal static class ContributionsAsOf
{
    /// <summary>The registered event types that carry a contribution; the core does not know them by name.</summary>
    public static IEnumerable<Type> EventTypes(IQuerySession session) =>
        session.DocumentStore.Options.Events.AllKnownEventTypes()
            .Select(t => t.EventType)
            .Where(t => t.IsAssignableTo(typeof(IPlanContribution)));

    public static IReadOnlyList<TimelineEntry> Fold(IEnumerable<IEvent> events) =>
        StreamsAsOf.Fold<TimelineEntry>(events.Where(e => e.Data is IPlanContribution), Apply);

    private static TimelineEntry? Apply(TimelineEntry? entry, object data) => (entry, data) switch
    {
        (null, IPlanContributionPlanned planned) => TimelineProjection.Create(planned),
        ({ } current, IPlanContributionRescheduled rescheduled) => TimelineProjection.Apply(rescheduled, current),
        ({ } current, IPlanContributionHeld held) => TimelineProjection.Apply(held, current),
        ({ } current, IPlanContributionCancelled cancelled) => TimelineProjection.Apply(cancelled, current),
        _ => entry,
    };
}
