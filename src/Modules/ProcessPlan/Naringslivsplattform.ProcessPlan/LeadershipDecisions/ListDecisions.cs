using Naringslivsplattform.BuildingBlocks.Time;
using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

/// <summary>Which of a plan's decisions to list.</summary>
internal enum DecisionFilter
{
    /// <summary>Needed or requested, not yet decided (overdue ones included).</summary>
    Awaiting,

    /// <summary>Awaiting after the day it was needed by.</summary>
    Overdue,

    /// <summary>Approved or rejected.</summary>
    Decided,

    /// <summary>Every decision, withdrawn ones too.</summary>
    All,
}

/// <summary>A plan's decisions in a state, the one needed soonest first; "overdue" is relative to <paramref name="today"/>.</summary>
internal sealed class DecisionsOfPlan : Specification<LeadershipDecision>
{
    public DecisionsOfPlan(Guid planId, DecisionFilter filter, DateOnly today)
    {
        Query.Where(d => d.PlanId == planId);
        _ = filter switch
        {
            DecisionFilter.Awaiting => Query.Where(d => d.State == DecisionState.Needed || d.State == DecisionState.Requested),
            DecisionFilter.Overdue => Query.Where(d => (d.State == DecisionState.Needed || d.State == DecisionState.Requested) && d.NeededBy < today),
            DecisionFilter.Decided => Query.Where(d => d.State == DecisionState.Approved || d.State == DecisionState.Rejected),
            _ => Query,
        };
        Query.OrderBy(d => d.NeededBy).ThenBy(d => d.Id);
    }
}

internal sealed record ListDecisions(Guid PlanId, DecisionFilter Filter) : IQuery<IReadOnlyList<DecisionResponse>?>;

internal sealed class ListDecisionsHandler(IQuerySession session, TimeProvider time) : IQueryHandler<ListDecisions, IReadOnlyList<DecisionResponse>?>
{
    public async ValueTask<IReadOnlyList<DecisionResponse>?> Handle(ListDecisions query, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Plan>(query.PlanId, cancellationToken) is null)
        {
            return null;
        }

        var today = SwedishTime.Today(time);
        var decisions = await session.Query<LeadershipDecision>().WithSpecification(new DecisionsOfPlan(query.PlanId, query.Filter, today)).ToListAsync(cancellationToken);
        var responses = new List<DecisionResponse>(decisions.Count);
        foreach (var decision in decisions)
        {
            // One at a time: a session has one connection, which runs one command at a time.
            var state = await session.Events.FetchStreamStateAsync(decision.Id, cancellationToken);
            responses.Add(DecisionResponse.Of(decision, state!.Version, today));
        }

        return responses;
    }
}

internal static class ListDecisionsEndpoint
{
    public static void Map(IEndpointRouteBuilder plans)
    {
        plans.MapGet("/{planId:guid}/decisions", async Task<Results<Ok<IReadOnlyList<DecisionResponse>>, ProblemHttpResult>> (
                Guid planId, string? state, IMediator mediator, CancellationToken ct) =>
            {
                if (FilterOf(state) is not { } filter)
                {
                    return ApiProblems.BadRequest("decision.state-invalid", ProcessPlanTexts.DecisionStateFilterInvalid);
                }

                return await mediator.Send(new ListDecisions(planId, filter), ct) is { } decisions
                    ? TypedResults.Ok(decisions)
                    : PlanStreams.Errors.NotFound.ToProblem();
            })
            .WithName("ListDecisions")
            .WithSummary("En plans ledningsbeslut")
            .WithDescription("Filtrera med ?state=awaiting (väntar på beslut), overdue (passerat sista datum), decided (fattade) eller all (alla, även återkallade; standard). Det som behövs först kommer först.");
    }

    private static DecisionFilter? FilterOf(string? state) => state?.ToLowerInvariant() switch
    {
        null or "all" => DecisionFilter.All,
        "awaiting" => DecisionFilter.Awaiting,
        "overdue" => DecisionFilter.Overdue,
        "decided" => DecisionFilter.Decided,
        _ => null,
    };
}
