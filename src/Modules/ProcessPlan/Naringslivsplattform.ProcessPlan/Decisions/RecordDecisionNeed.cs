using Naringslivsplattform.ProcessPlan.Streams;

namespace Naringslivsplattform.ProcessPlan.Decisions;

using Naringslivsplattform.ProcessPlan.Plans;

internal sealed record RecordDecisionNeed(Guid PlanId, RecordDecisionNeedRequest Request) : ICommand<Outcome<DecisionResponse>>;

internal sealed class RecordDecisionNeedHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<RecordDecisionNeed, Outcome<DecisionResponse>>
{
    public async ValueTask<Outcome<DecisionResponse>> Handle(RecordDecisionNeed command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<ProcessPlan>(command.PlanId, cancellationToken) is not { } plan)
        {
            return new DomainError("plan.not-found", ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound);
        }

        var decision = LeadershipDecisionDecisions.RecordNeed(plan, Guid.CreateVersion7(), command.Request);
        if (decision.Value is not { } recorded)
        {
            return decision.Error!;
        }

        session.Events.StartStream<LeadershipDecision>(recorded.DecisionId, recorded);
        await session.SaveChangesAsync(cancellationToken);
        return DecisionResponse.Of(LeadershipDecision.Create(recorded), 1, time.Today());
    }
}

internal static class RecordDecisionNeedEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{planId:guid}/decisions", async (Guid planId, RecordDecisionNeedRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Created(http, await mediator.Send(new RecordDecisionNeed(planId, request), ct), "/api/v1/decisions"))
            .WithName("RecordDecisionNeed")
            .WithSummary("Registrera att en ledningsstyrd aktivitet behöver ett beslut")
            .WithDescription("Aktivitet (3.1–3.4), vad beslutet gäller och när det behövs (annars aktivitetens slutdatum). Svaret har beslutets version i ETag.");
}
