using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

internal sealed record RecordDecisionNeedRequest(string? ActivityCode, string? Subject, DateOnly? NeededBy);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the decision the first request recorded.</param>
internal sealed record RecordDecisionNeed(Guid PlanId, RecordDecisionNeedRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<DecisionResponse>>>;

internal sealed class RecordDecisionNeedHandler(IDocumentSession session, TimeProvider time, OperationContext operation)
    : ICommandHandler<RecordDecisionNeed, Outcome<Started<DecisionResponse>>>
{
    public async ValueTask<Outcome<Started<DecisionResponse>>> Handle(RecordDecisionNeed command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Plan>(command.PlanId, cancellationToken) is not { } plan)
        {
            return PlanStreams.Errors.NotFound;
        }

        var today = SwedishTime.Today(time);
        var started = await session.StartOnceAsync<LeadershipDecision, DecisionNeedRecorded>(
            IdempotencyKeys.StreamFor(session, operation, DecisionStreams.Kind, command.IdempotencyKey),
            decisionId => LeadershipDecisionRules.RecordNeed(plan, decisionId, command.Request),
            cancellationToken);
        return started.Map(decision => decision.Select((state, version) => DecisionResponse.Of(state, version, today)));
    }
}

internal static class RecordDecisionNeedEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{planId:guid}/decisions", (Guid planId, RecordDecisionNeedRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/decisions", key => mediator.Send(new RecordDecisionNeed(planId, request, key), ct)))
            .WithName("RecordDecisionNeed")
            .WithSummary("Registrera att en ledningsstyrd aktivitet behöver ett beslut")
            .WithDescription("Aktivitet (3.1–3.4), vad beslutet gäller och när det behövs (annars aktivitetens slutdatum). Svaret har beslutets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma beslutsärende (Idempotent-Replayed: true).");
}
