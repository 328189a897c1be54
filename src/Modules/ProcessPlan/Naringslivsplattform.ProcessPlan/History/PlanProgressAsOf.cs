using JasperFx.Events;
using Marten;
using Marten.Events;
using Mediator;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Progress;

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

        // The actions' read model holds only their latest state, so the action events up to the instant are read in one query and folded here.
        var end = query.AsOf.End;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= end && e.EventTypesAre(PlanActionEventTypes.All))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return (TargetProgress[])[.. TargetProgressCalculation.Calculate(then, ActionsAsOf.Fold(events), query.Year, query.AsOf.Day)];
    }
}

/// <summary>Actions rebuilt from their events with the same Create/Apply as the live read model.</summary>
internal static class ActionsAsOf
{
    /// <param name="events">Action events in the order they were appended.</param>
    public static IReadOnlyList<PlanAction> Fold(IEnumerable<IEvent> events) =>
        [.. events.GroupBy(e => e.StreamId).Select(stream => stream.Aggregate((PlanAction?)null, (action, e) => Apply(action, e.Data))).OfType<PlanAction>()];

    private static PlanAction? Apply(PlanAction? action, object data) => (action, data) switch
    {
        (null, ActionPlanned planned) => PlanAction.Create(planned),
        ({ } current, ActionRescheduled rescheduled) => current.Apply(rescheduled),
        ({ } current, ActionCompleted completed) => current.Apply(completed),
        ({ } current, ActionCancelled cancelled) => current.Apply(cancelled),
        _ => action,
    };
}
