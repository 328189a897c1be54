using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Browsing;

/// <summary>The plan as it stands; null when there is none. Its endpoint also answers as of a day (TimeTravel).</summary>
internal sealed record GetPlan(Guid PlanId) : IQuery<PlanResponse?>;

internal sealed class GetPlanHandler(IQuerySession session, MunicipalityContext municipality) : IQueryHandler<GetPlan, PlanResponse?>
{
    public async ValueTask<PlanResponse?> Handle(GetPlan query, CancellationToken cancellationToken) =>
        (await session.LoadAsync<Plan>(query.PlanId, cancellationToken))?.ToResponse(municipality.Code);
}
