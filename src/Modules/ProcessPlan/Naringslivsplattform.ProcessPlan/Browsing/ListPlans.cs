using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Browsing;

internal sealed record ListPlans : IQuery<IReadOnlyList<PlanSummaryResponse>>;

internal sealed class PlansNewestPeriodFirst : Specification<Plan>
{
    public PlansNewestPeriodFirst() => Query.OrderByDescending(p => p.Header.PeriodFrom).ThenBy(p => p.Header.Title);
}

internal sealed class ListPlansHandler(IQuerySession session, MunicipalityContext municipality)
    : IQueryHandler<ListPlans, IReadOnlyList<PlanSummaryResponse>>
{
    public async ValueTask<IReadOnlyList<PlanSummaryResponse>> Handle(ListPlans query, CancellationToken cancellationToken)
    {
        var plans = await session.Query<Plan>().WithSpecification(new PlansNewestPeriodFirst()).ToListAsync(cancellationToken);
        return [.. plans.Select(p => p.ToSummary(municipality.Code))];
    }
}

internal static class ListPlansEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPlans(), ct)))
            .WithName("ListPlans")
            .WithSummary("Kommunens processplaner")
            .WithDescription("Alla processplaner för kommunen i anropet, nyaste planperioden först.");
}
