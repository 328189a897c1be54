using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record ParticipantRequest(string Name, string Role);

internal sealed record CompleteActionRequest(
    DateOnly? HeldOn, string? OutcomeSummary, IReadOnlyList<ParticipantRequest>? Participants, int? CompaniesAttending, int? PersonsAttending, string? Notes, IReadOnlyList<string>? Links);

/// <summary>Reports a planned action as held, with its outcome, based on the version the caller saw.</summary>
internal sealed record CompleteAction(Guid ActionId, long ExpectedVersion, CompleteActionRequest Request) : ICommand<Outcome<ActionResponse>>;

internal sealed class CompleteActionHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<CompleteAction, Outcome<ActionResponse>>
{
    public async ValueTask<Outcome<ActionResponse>> Handle(CompleteAction command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<PlanAction, ActionCompleted>(
            command.ActionId, command.ExpectedVersion, ActionStreams.Errors,
            action => PlanActionRules.Complete(action, command.Request, SwedishTime.Today(time)),
            cancellationToken))
        .Map(ActionResponse.Of);
}

internal static class CompleteActionEndpoint
{
    public static void Map(IEndpointRouteBuilder actions) =>
        actions.MapPost("/{actionId:guid}/complete", (Guid actionId, CompleteActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ActionStreams.Errors, version => mediator.Send(new CompleteAction(actionId, version, request), ct)))
            .WithName("CompleteAction")
            .WithSummary("Rapportera en åtgärd som genomförd")
            .WithDescription("Datum, resultat, deltagare (namn och roll), antal företag och personer, anteckningar och länkar. Kräver If-Match.");
}
