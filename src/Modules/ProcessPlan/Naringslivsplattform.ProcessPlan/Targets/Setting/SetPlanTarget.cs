using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>A target as a planner asks for it; which fields count depends on the kind.</summary>
internal sealed record SetTargetRequest(
    string? ActivityCode, TargetKind? Kind, string? Description, string? ActionKind, int? MinimumPerYear, IReadOnlyList<int>? Years, DateOnly? Deadline, string? Source);

/// <summary>Adds a target to the plan or changes the one with the key, based on the plan version the planner saw; nothing is appended when the plan already says so.</summary>
internal sealed record SetPlanTarget(Guid PlanId, string TargetKey, long ExpectedVersion, SetTargetRequest Request) : ICommand<Outcome<PlanTargetsResponse>>;

internal sealed class SetPlanTargetHandler(IDocumentSession session) : ICommandHandler<SetPlanTarget, Outcome<PlanTargetsResponse>>
{
    public async ValueTask<Outcome<PlanTargetsResponse>> Handle(SetPlanTarget command, CancellationToken cancellationToken) =>
        (await session.ChangeManyAsync<Plan, TargetSet>(
            command.PlanId, command.ExpectedVersion, PlanStreams.Errors, plan => TargetRules.Set(plan, command.TargetKey, command.Request), cancellationToken))
        .Map(PlanTargetsResponse.Of);
}

internal static class SetPlanTargetEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapPut("/{planId:guid}/targets/{targetKey}", (Guid planId, string targetKey, SetTargetRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, PlanStreams.Errors, version => mediator.Send(new SetPlanTarget(planId, targetKey, version, request), ct)))
            .WithName("SetPlanTarget")
            .WithSummary("Lägg till eller ändra ett mål")
            .WithDescription("Antalsmål (count), tidsmål (deadline) eller täckningsmål (coverage) under en aktivitet. Kräver If-Match med planens version.");
}
