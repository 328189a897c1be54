using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>The plan's targets with the plan version; null when there is no such plan.</summary>
internal sealed record GetPlanTargets(Guid PlanId) : IQuery<PlanTargetsResponse?>;

internal sealed class GetPlanTargetsHandler(IQuerySession session) : IQueryHandler<GetPlanTargets, PlanTargetsResponse?>
{
    public async ValueTask<PlanTargetsResponse?> Handle(GetPlanTargets query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<Plan>(query.PlanId, cancellationToken) is { } plan ? PlanTargetsResponse.Of(plan) : null;
}

internal static class GetPlanTargetsEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/targets", async (Guid planId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetPlanTargets(planId), ct), PlanStreams.Errors))
            .WithName("GetPlanTargets")
            .WithSummary("Planens mål")
            .WithDescription("Alla mål i planen med aktivitet och typ; planens version i ETag används i If-Match när ett mål ändras.");
}
