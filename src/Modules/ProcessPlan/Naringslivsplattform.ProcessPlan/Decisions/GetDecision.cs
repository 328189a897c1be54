using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Resources;
using Naringslivsplattform.ProcessPlan.Streams;

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
    public static readonly DomainError NotFound = new("decision.not-found", ProcessPlanTexts.DecisionNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapGet("/{decisionId:guid}", async (Guid decisionId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedStreams.Ok(http, await mediator.Send(new GetDecision(decisionId), ct) is { } decision
                    ? decision
                    : (Outcome<DecisionResponse>)NotFound))
            .WithName("GetDecision")
            .WithSummary("Ett ledningsbeslut")
            .WithDescription("Beslutsbehovet med begäran, beslut eller återkallelse; versionen i ETag används i If-Match vid ändringar.");
}
