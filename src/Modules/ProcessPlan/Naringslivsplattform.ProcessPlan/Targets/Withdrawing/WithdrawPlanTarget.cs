using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>Takes a target off the plan, based on the plan version the planner saw; the event stays in the history.</summary>
internal sealed record WithdrawPlanTarget(Guid PlanId, string TargetKey, long ExpectedVersion) : ICommand<Outcome<PlanTargetsResponse>>;

internal sealed class WithdrawPlanTargetHandler(IDocumentSession session) : ICommandHandler<WithdrawPlanTarget, Outcome<PlanTargetsResponse>>
{
    public async ValueTask<Outcome<PlanTargetsResponse>> Handle(WithdrawPlanTarget command, CancellationToken cancellationToken) =>
        (await session.ChangeManyAsync<Plan, TargetWithdrawn>(
            command.PlanId, command.ExpectedVersion, PlanStreams.Errors, plan => TargetRules.Withdraw(plan, command.TargetKey), cancellationToken))
        .Map(PlanTargetsResponse.Of);
}

internal static class WithdrawPlanTargetEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapDelete("/{planId:guid}/targets/{targetKey}", (Guid planId, string targetKey, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, PlanStreams.Errors, version => mediator.Send(new WithdrawPlanTarget(planId, targetKey, version), ct)))
            .WithName("WithdrawPlanTarget")
            .WithSummary("Ta bort ett mål")
            .WithDescription("Målet tas bort från planen; händelsen finns kvar i historiken. Kräver If-Match med planens version.");
}
