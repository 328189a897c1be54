using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Resources;

namespace Naringslivsplattform.ProcessPlan.Decisions;

/// <summary>A leadership decision with its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetDecision(Guid DecisionId) : IQuery<DecisionResponse?>;

internal sealed class GetDecisionHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetDecision, DecisionResponse?>
{
    public async ValueTask<DecisionResponse?> Handle(GetDecision query, CancellationToken cancellationToken) =>
        await session.LoadAsync<LeadershipDecision>(query.DecisionId, cancellationToken) is { } decision
        && await session.Events.FetchStreamStateAsync(query.DecisionId, cancellationToken) is { } state
            ? DecisionResponse.Of(decision, state.Version, time.Today())
            : null;
}

internal static class GetDecisionEndpoint
{
    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapGet("/{decisionId:guid}", async Task<Results<Ok<DecisionResponse>, ProblemHttpResult>> (Guid decisionId, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (await mediator.Send(new GetDecision(decisionId), ct) is not { } decision)
                {
                    return ApiProblems.NotFound("decision.not-found", ProcessPlanTexts.DecisionNotFound);
                }

                ActionVersions.SetETag(http, decision.Version);
                return TypedResults.Ok(decision);
            })
            .WithName("GetDecision")
            .WithSummary("Ett ledningsbeslut")
            .WithDescription("Beslutsbehovet med begäran, beslut eller återkallelse; versionen i ETag används i If-Match vid ändringar.");
}
