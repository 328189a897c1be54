using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.ProcessPlan.Actions;

namespace Naringslivsplattform.ProcessPlan.Decisions;

/// <summary>A change to an existing leadership decision, based on the version the caller saw.</summary>
internal sealed record ChangeDecision(Guid DecisionId, long ExpectedVersion, Func<LeadershipDecision, DateOnly, Outcome<object>> Decide) : ICommand<Outcome<DecisionResponse>>;

internal sealed class ChangeDecisionHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ChangeDecision, Outcome<DecisionResponse>>
{
    public async ValueTask<Outcome<DecisionResponse>> Handle(ChangeDecision command, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(time);
        var changed = await session.DecideAndAppendAsync<LeadershipDecision>(
            command.DecisionId, command.ExpectedVersion,
            GetDecisionEndpoint.NotFound,
            new DomainError("decision.version-stale", ProcessPlanTexts.DecisionVersionStale, StatusCodes.Status412PreconditionFailed),
            decision => command.Decide(decision, today),
            cancellationToken);
        return changed.Error is { } error ? error : DecisionResponse.Of(changed.Value.Aggregate, changed.Value.Version, today);
    }
}

internal static class ChangeDecisionEndpoints
{
    public static void Map(IEndpointRouteBuilder decisions)
    {
        decisions.MapPost("/{decisionId:guid}/request", (Guid decisionId, RequestDecisionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(decisionId, http, mediator, (decision, _) => LeadershipDecisionDecisions.Request(decision, request).Widen(), ct))
            .WithName("RequestDecision")
            .WithSummary("Begär ett beslut av kommunfullmäktige, kommunstyrelsen eller ledningsgruppen")
            .WithDescription("Organ, datum för begäran och diarienummer om det finns. Kräver If-Match med den version ändringen bygger på.");
        decisions.MapPost("/{decisionId:guid}/decide", (Guid decisionId, MakeDecisionRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(decisionId, http, mediator, (decision, today) => LeadershipDecisionDecisions.Decide(decision, request, today).Widen(), ct))
            .WithName("MakeDecision")
            .WithSummary("Registrera ett fattat beslut")
            .WithDescription("Beslutsdatum, organ, diarienummer (krävs för kommunfullmäktige och kommunstyrelsen), beslutstext och bifall eller avslag. Kräver If-Match.");
        decisions.MapPost("/{decisionId:guid}/withdraw", (Guid decisionId, WithdrawDecisionNeedRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(decisionId, http, mediator, (decision, _) => LeadershipDecisionDecisions.Withdraw(decision, request).Widen(), ct))
            .WithName("WithdrawDecisionNeed")
            .WithSummary("Återkalla ett beslutsbehov")
            .WithDescription("Skälet till att beslutet inte längre behövs. Kräver If-Match.");
    }

    private static Task<Results<Ok<DecisionResponse>, ProblemHttpResult>> SendAsync(
        Guid decisionId, HttpContext http, IMediator mediator, Func<LeadershipDecision, DateOnly, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("decision.version-required", ProcessPlanTexts.DecisionVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeDecision(decisionId, expectedVersion, decide), ct));
}
