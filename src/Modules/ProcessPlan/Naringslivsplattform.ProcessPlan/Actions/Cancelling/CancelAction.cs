using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record CancelActionRequest(string? Reason);

/// <summary>Calls off a planned action, with the reason, based on the version the caller saw.</summary>
internal sealed record CancelAction(Guid ActionId, long ExpectedVersion, CancelActionRequest Request) : ICommand<Outcome<ActionResponse>>;

internal sealed class CancelActionHandler(IDocumentSession session) : ICommandHandler<CancelAction, Outcome<ActionResponse>>
{
    public async ValueTask<Outcome<ActionResponse>> Handle(CancelAction command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<PlanAction, ActionCancelled>(
            command.ActionId, command.ExpectedVersion, ActionStreams.Errors, action => PlanActionRules.Cancel(action, command.Request.Reason), cancellationToken))
        .Map(ActionResponse.Of);
}

internal static class CancelActionEndpoint
{
    public static void Map(IEndpointRouteBuilder actions) =>
        actions.MapPost("/{actionId:guid}/cancel", (Guid actionId, CancelActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ActionStreams.Errors, version => mediator.Send(new CancelAction(actionId, version, request), ct)))
            .WithName("CancelAction")
            .WithSummary("Ställ in en planerad åtgärd")
            .WithDescription("Skälet till att åtgärden ställs in. Kräver If-Match.");
}
