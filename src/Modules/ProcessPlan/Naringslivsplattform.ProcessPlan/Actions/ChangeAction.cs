using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.Actions;

internal sealed record RescheduleActionRequest(DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Reason);

internal sealed record ParticipantRequest(string Name, string Role);

internal sealed record CompleteActionRequest(
    DateOnly? HeldOn, string? OutcomeSummary, IReadOnlyList<ParticipantRequest>? Participants, int? CompaniesAttending, int? PersonsAttending, string? Notes, IReadOnlyList<string>? Links);

internal sealed record CancelActionRequest(string? Reason);

/// <summary>A change to an existing action, based on the version the caller saw.</summary>
internal sealed record ChangeAction(Guid ActionId, long ExpectedVersion, Func<PlanAction, DateOnly, Outcome<object>> Decide) : ICommand<Outcome<ActionResponse>>;

internal sealed class ChangeActionHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ChangeAction, Outcome<ActionResponse>>
{
    public async ValueTask<Outcome<ActionResponse>> Handle(ChangeAction command, CancellationToken cancellationToken)
    {
        var changed = await session.DecideAndAppendAsync<PlanAction>(
            command.ActionId, command.ExpectedVersion,
            NotFound(),
            new DomainError("action.version-stale", ProcessPlanTexts.ActionVersionStale, StatusCodes.Status412PreconditionFailed),
            action => command.Decide(action, SwedishTime.Today(time)),
            cancellationToken);
        return changed.Error is { } error ? error : ActionResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }

    private static DomainError NotFound() => new("action.not-found", ProcessPlanTexts.ActionNotFound, StatusCodes.Status404NotFound);
}

internal static class ChangeActionEndpoints
{
    public static void Map(IEndpointRouteBuilder actions)
    {
        actions.MapPost("/{actionId:guid}/reschedule", (Guid actionId, RescheduleActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(actionId, http, mediator, (action, _) => PlanActionDecisions.Reschedule(action, request.PlannedFrom, request.PlannedTo, request.Reason).Widen(), ct))
            .WithName("RescheduleAction")
            .WithSummary("Flytta en planerad åtgärd")
            .WithDescription("Nytt datum eller ny period och skälet. Kräver If-Match med den version ändringen bygger på.");
        actions.MapPost("/{actionId:guid}/complete", (Guid actionId, CompleteActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(actionId, http, mediator, (action, today) => PlanActionDecisions.Complete(action, request, today).Widen(), ct))
            .WithName("CompleteAction")
            .WithSummary("Rapportera en åtgärd som genomförd")
            .WithDescription("Datum, resultat, deltagare (namn och roll), antal företag och personer, anteckningar och länkar. Kräver If-Match.");
        actions.MapPost("/{actionId:guid}/cancel", (Guid actionId, CancelActionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(actionId, http, mediator, (action, _) => PlanActionDecisions.Cancel(action, request.Reason).Widen(), ct))
            .WithName("CancelAction")
            .WithSummary("Ställ in en planerad åtgärd")
            .WithDescription("Skälet till att åtgärden ställs in. Kräver If-Match.");
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> SendAsync(
        Guid actionId, HttpContext http, IMediator mediator, Func<PlanAction, DateOnly, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("action.version-required", ProcessPlanTexts.ActionVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeAction(actionId, expectedVersion, decide), ct));
}
