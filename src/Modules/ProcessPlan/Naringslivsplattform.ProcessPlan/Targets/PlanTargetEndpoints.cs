using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

internal static class PlanTargetEndpoints
{
    public static void MapReads(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/targets", async Task<Results<Ok<PlanTargetsResponse>, ProblemHttpResult>> (Guid planId, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (await mediator.Send(new GetPlanTargets(planId), ct) is not { } targets)
                {
                    return ApiProblems.NotFound(GetPlanEndpoint.PlanNotFoundCode, ProcessPlanTexts.PlanNotFound);
                }

                StreamVersions.SetETag(http, targets.Version);
                return TypedResults.Ok(targets);
            })
            .WithName("GetPlanTargets")
            .WithSummary("Planens mål")
            .WithDescription("Alla mål i planen med aktivitet och typ; planens version i ETag används i If-Match när ett mål ändras.");

    public static void MapWrites(IEndpointRouteBuilder plans)
    {
        plans.MapPut("/{planId:guid}/targets/{targetKey}", (Guid planId, string targetKey, SetTargetRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(planId, http, mediator, plan => TargetDecisions.Set(plan, targetKey, request), ct))
            .WithName("SetPlanTarget")
            .WithSummary("Lägg till eller ändra ett mål")
            .WithDescription("Antalsmål (count), tidsmål (deadline) eller täckningsmål (coverage) under en aktivitet. Kräver If-Match med planens version.");
        plans.MapDelete("/{planId:guid}/targets/{targetKey}", (Guid planId, string targetKey, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(planId, http, mediator, plan => TargetDecisions.Withdraw(plan, targetKey), ct))
            .WithName("WithdrawPlanTarget")
            .WithSummary("Ta bort ett mål")
            .WithDescription("Målet tas bort från planen; händelsen finns kvar i historiken. Kräver If-Match med planens version.");
    }

    private static Task<Results<Ok<PlanTargetsResponse>, ProblemHttpResult>> SendAsync(
        Guid planId, HttpContext http, IMediator mediator, Func<Plan, Outcome<object[]>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("plan.version-required", ProcessPlanTexts.PlanVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangePlanTargets(planId, expectedVersion, decide), ct));
}
