using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.EventStore;

namespace Naringslivsplattform.ProcessPlan.Decisions;

/// <summary>A leadership decision with its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetDecision(Guid DecisionId) : IQuery<DecisionResponse?>;

internal sealed class GetDecisionHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetDecision, DecisionResponse?>
{
    public async ValueTask<DecisionResponse?> Handle(GetDecision query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<LeadershipDecision>(query.DecisionId, cancellationToken) is var (decision, version)
            ? DecisionResponse.Of(decision, version, SwedishTime.Today(time))
            : null;
}

internal static class GetDecisionEndpoint
{
    public static readonly DomainError NotFound = new("decision.not-found", ProcessPlanTexts.DecisionNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapGet("/{decisionId:guid}", async (Guid decisionId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetDecision(decisionId), ct) is { } decision
                    ? decision
                    : (Outcome<DecisionResponse>)NotFound))
            .WithName("GetDecision")
            .WithSummary("Ett ledningsbeslut")
            .WithDescription("Beslutsbehovet med begäran, beslut eller återkallelse; versionen i ETag används i If-Match vid ändringar.");
}
