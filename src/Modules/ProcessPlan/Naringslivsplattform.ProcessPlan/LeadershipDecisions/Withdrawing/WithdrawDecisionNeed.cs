using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

internal sealed record WithdrawDecisionNeedRequest(string? Reason);

/// <summary>Withdraws a decision that is no longer needed, with the reason, based on the version the caller saw.</summary>
internal sealed record WithdrawDecisionNeed(Guid DecisionId, long ExpectedVersion, WithdrawDecisionNeedRequest Request) : ICommand<Outcome<DecisionResponse>>;

internal sealed class WithdrawDecisionNeedHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<WithdrawDecisionNeed, Outcome<DecisionResponse>>
{
    public async ValueTask<Outcome<DecisionResponse>> Handle(WithdrawDecisionNeed command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<LeadershipDecision, DecisionNeedWithdrawn>(
            command.DecisionId, command.ExpectedVersion, DecisionStreams.Errors, decision => LeadershipDecisionRules.Withdraw(decision, command.Request), cancellationToken))
        .Map(decision => DecisionResponse.Of(decision.Value, decision.Version, SwedishTime.Today(time)));
}

internal static class WithdrawDecisionNeedEndpoint
{
    public static void Map(IEndpointRouteBuilder decisions) =>
        decisions.MapPost("/{decisionId:guid}/withdraw", (Guid decisionId, WithdrawDecisionNeedRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, DecisionStreams.Errors, version => mediator.Send(new WithdrawDecisionNeed(decisionId, version, request), ct)))
            .WithName("WithdrawDecisionNeed")
            .WithSummary("Återkalla ett beslutsbehov")
            .WithDescription("Skälet till att beslutet inte längre behövs. Kräver If-Match.");
}
