using JasperFx.Events;
using Marten.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan.TimeTravel;

/// <summary>Progress against the plan's targets as it stood at the end of a day: that day's plan, actions and "today".</summary>
internal sealed record GetPlanProgressAsOf(Guid PlanId, int Year, AsOf AsOf) : IQuery<Outcome<IReadOnlyList<TargetProgress>>>;

internal sealed class GetPlanProgressAsOfHandler(IQuerySession session) : IQueryHandler<GetPlanProgressAsOf, Outcome<IReadOnlyList<TargetProgress>>>
{
    public async ValueTask<Outcome<IReadOnlyList<TargetProgress>>> Handle(GetPlanProgressAsOf query, CancellationToken cancellationToken)
    {
        var plan = await PlanAsOf.LoadAsync(session, query.PlanId, query.AsOf, cancellationToken);
        if (plan.Value is not { } then)
        {
            return plan.Error!;
        }

        var facts = await PlanFactsAsOf.LoadAsync(session, then, query.AsOf.End, cancellationToken);
        return new Outcome<IReadOnlyList<TargetProgress>>(TargetProgressCalculation.Calculate(facts, query.Year, query.AsOf.Day));
    }
}

/// <summary>
/// The plan's facts as they were at an instant: the read models hold only the latest state, so the action, decision and
/// contribution events up to it are read in one query and folded by Marten's aggregator of each state.
/// </summary>
internal static class PlanFactsAsOf
{
    /// <summary>The events of the action streams the facts fold; a test holds it to what <see cref="PlanAction"/> applies.</summary>
    public static readonly IReadOnlyList<Type> ActionEvents = PlanActionEventTypes.All;

    /// <summary>The events of the decision streams the facts fold; a test holds it to what <see cref="LeadershipDecision"/> applies.</summary>
    public static readonly IReadOnlyList<Type> DecisionEvents = LeadershipDecisionEventTypes.All;

    /// <summary>Other modules' events are read by the contract they implement; the core does not know them by name.</summary>
    public static readonly Type ContributionEvents = typeof(IPlanContribution);

    public static async Task<PlanFacts> LoadAsync(IQuerySession session, Plan plan, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var contributionEvents = RegisteredContributionEvents(session).ToList();
        Type[] counted = [.. ActionEvents, .. DecisionEvents, .. contributionEvents];
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= until && e.EventTypesAre(counted))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return new PlanFacts(
            plan,
            await session.FoldStreamsAsync<PlanAction>(Of(events, ActionEvents), cancellationToken),
            await session.FoldStreamsAsync<LeadershipDecision>(Of(events, DecisionEvents), cancellationToken),
            await session.FoldStreamsAsync<TimelineEntry>(Of(events, contributionEvents), cancellationToken));
    }

    private static IEnumerable<IEvent> Of(IEnumerable<IEvent> events, IReadOnlyCollection<Type> types) => events.Where(e => types.Contains(e.EventType));

    private static IEnumerable<Type> RegisteredContributionEvents(IQuerySession session) =>
        session.DocumentStore.Options.Events.AllKnownEventTypes().Select(t => t.EventType).Where(t => t.IsAssignableTo(ContributionEvents));
}

/// <summary>Progress in a year, as it stands or, with <c>?asOf=</c>, as it stood at the end of that day.</summary>
internal static class GetPlanProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/progress", async Task<Results<Ok<IReadOnlyList<TargetProgress>>, ProblemHttpResult>> (
                Guid planId, int? year, string? asOf, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                var then = asOf is null ? (Outcome<AsOf>?)null : AsOf.Parse(asOf, SwedishTime.Today(time));
                if (then?.Error is { } invalidDay)
                {
                    return invalidDay.ToProblem();
                }

                if (ProgressYear.Resolve(year ?? then?.Value?.Day.Year, time) is not { } forYear)
                {
                    return ApiProblems.BadRequest("progress.year-invalid", ProcessPlanTexts.ProgressYearInvalid);
                }

                if (then?.Value is { } day)
                {
                    return (await mediator.Send(new GetPlanProgressAsOf(planId, forYear, day), ct)).ToResult();
                }

                return await mediator.Send(new GetPlanProgress(planId, forYear), ct) is { } progress
                    ? TypedResults.Ok(progress)
                    : PlanStreams.Errors.NotFound.ToProblem();
            })
            .WithName("GetPlanProgress")
            .WithSummary("Hur långt planens mål har nåtts")
            .WithDescription("Per mål: genomfört mot mål för året (antalsmål) eller före slutdatumet (tidsmål), och om det är nått, i fas eller efter. Året anges med ?year=, annars innevarande år. "
                + "Med ?asOf=ÅÅÅÅ-MM-DD räknas läget vid slutet av den dagen (svensk tid), med den dagen som \"i dag\".");
}
