using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Decisions;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the decision the first request recorded.</param>
internal sealed record RecordDecisionNeed(Guid PlanId, RecordDecisionNeedRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<DecisionResponse>>;

internal sealed class RecordDecisionNeedHandler(IDocumentSession session, TimeProvider time, OperationContext operation) : ICommandHandler<RecordDecisionNeed, Outcome<DecisionResponse>>
{
    public async ValueTask<Outcome<DecisionResponse>> Handle(RecordDecisionNeed command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Plan>(command.PlanId, cancellationToken) is not { } plan)
        {
            return new DomainError("plan.not-found", ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound);
        }

        var decisionId = command.IdempotencyKey is { } key ? IdempotentStarts.StreamIdFor(plan.Id, operation.UserName, key) : Guid.CreateVersion7();
        var decision = LeadershipDecisionDecisions.RecordNeed(plan, decisionId, command.Request);
        if (decision.Value is not { } recorded)
        {
            return decision.Error!;
        }

        var started = await session.StartOnceAsync<LeadershipDecision>(decisionId, recorded, command.IdempotencyKey is not null, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value && await session.LoadWithVersionAsync<LeadershipDecision>(decisionId, cancellationToken) is var (stored, version)
            ? DecisionResponse.Of(stored, version, SwedishTime.Today(time))
            : DecisionResponse.Of(LeadershipDecision.Create(recorded), 1, SwedishTime.Today(time));
    }
}

internal static class RecordDecisionNeedEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{planId:guid}/decisions", async (Guid planId, RecordDecisionNeedRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey
                    ? invalidKey.ToProblem()
                    : VersionedResults.Created(http, await mediator.Send(new RecordDecisionNeed(planId, request, key), ct), "/api/v1/decisions"))
            .WithName("RecordDecisionNeed")
            .WithSummary("Registrera att en ledningsstyrd aktivitet behöver ett beslut")
            .WithDescription("Aktivitet (3.1–3.4), vad beslutet gäller och när det behövs (annars aktivitetens slutdatum). Svaret har beslutets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma beslutsärende.");
}
