using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Actions;

/// <summary>An action with its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetAction(Guid ActionId) : IQuery<ActionResponse?>;

internal sealed class GetActionHandler(IQuerySession session) : IQueryHandler<GetAction, ActionResponse?>
{
    public async ValueTask<ActionResponse?> Handle(GetAction query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<PlanAction>(query.ActionId, cancellationToken) is { } action ? ActionResponse.Of(action) : null;
}

internal static class GetActionEndpoint
{
    public static void Map(IEndpointRouteBuilder actions) =>
        actions.MapGet("/{actionId:guid}", async (Guid actionId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetAction(actionId), ct), ActionStreams.Errors))
            .WithName("GetAction")
            .WithSummary("En åtgärd")
            .WithDescription("Åtgärden med status och utfall; versionen i ETag används i If-Match vid ändringar.");
}
