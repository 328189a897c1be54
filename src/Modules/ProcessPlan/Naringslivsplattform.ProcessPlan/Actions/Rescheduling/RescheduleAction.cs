using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record RescheduleActionRequest(DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Reason);

/// <summary>Moves a planned action to a new day or period, based on the version the caller saw.</summary>
internal sealed record RescheduleAction(Guid ActionId, long ExpectedVersion, RescheduleActionRequest Request) : ICommand<Outcome<ActionResponse>>;

internal sealed class RescheduleActionHandler(IDocumentSession session) : ICommandHandler<RescheduleAction, Outcome<ActionResponse>>
{
    public async ValueTask<Outcome<ActionResponse>> Handle(RescheduleAction command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<PlanAction, ActionRescheduled>(
            command.ActionId, command.ExpectedVersion, ActionStreams.Errors,
            action => PlanActionRules.Reschedule(action, command.Request.PlannedFrom, command.Request.PlannedTo, command.Request.Reason),
            cancellationToken))
        .Map(ActionResponse.Of);
}

internal static class RescheduleActionEndpoint
{
    public static void Map(IEndpointRouteBuilder actions) =>
        actions.MapPost("/{actionId:guid}/reschedule", (Guid actionId, RescheduleActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ActionStreams.Errors, version => mediator.Send(new RescheduleAction(actionId, version, request), ct)))
            .WithName("RescheduleAction")
            .WithSummary("Flytta en planerad åtgärd")
            .WithDescription("Nytt datum eller ny period och skälet. Kräver If-Match med den version ändringen bygger på.");
}
