using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

/// <summary>A leadership decision with its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetDecision(Guid DecisionId) : IQuery<DecisionResponse?>;

internal sealed class GetDecisionHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetDecision, DecisionResponse?>
{
    public async ValueTask<DecisionResponse?> Handle(GetDecision query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<LeadershipDecision>(query.DecisionId, cancellationToken) is { } decision
            ? DecisionResponse.Of(decision.Value, decision.Version, SwedishTime.Today(time))
            : null;
}

internal static class GetDecisionEndpoint
{
    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapGet("/{decisionId:guid}", async (Guid decisionId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetDecision(decisionId), ct), DecisionStreams.Errors))
            .WithName("GetDecision")
            .WithSummary("Ett ledningsbeslut")
            .WithDescription("Beslutsbehovet med begäran, beslut eller återkallelse; versionen i ETag används i If-Match vid ändringar.");
}
