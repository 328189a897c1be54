using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.History;

/// <summary>The plan as its events had built it by the end of a day.</summary>
internal sealed record GetPlanAsOf(Guid PlanId, AsOf AsOf) : IQuery<Outcome<PlanResponse>>;

internal sealed class GetPlanAsOfHandler(IQuerySession session, MunicipalityContext municipality) : IQueryHandler<GetPlanAsOf, Outcome<PlanResponse>>
{
    public async ValueTask<Outcome<PlanResponse>> Handle(GetPlanAsOf query, CancellationToken cancellationToken)
    {
        var plan = await PlanAsOf.LoadAsync(session, query.PlanId, query.AsOf, cancellationToken);
        return plan.Value is { } found ? found.ToResponse(municipality.Code) : plan.Error!;
    }
}

internal static class PlanAsOf
{
    /// <summary>Folds the plan's events up to the end of the day; a plan that did not exist yet then is refused, an unknown one is not found.</summary>
    public static async Task<Outcome<Plan>> LoadAsync(IQuerySession session, Guid planId, AsOf asOf, CancellationToken cancellationToken)
    {
        if (await session.Events.FetchStreamStateAsync(planId, cancellationToken) is not { AggregateType: var type } || type != typeof(Plan))
        {
            return new DomainError(GetPlanEndpoint.PlanNotFoundCode, ProcessPlanTexts.PlanNotFound, StatusCodes.Status404NotFound);
        }

        return await session.Events.AggregateStreamAsync<Plan>(planId, timestamp: asOf.End, token: cancellationToken) is { } plan
            ? plan
            : asOf.BeforePlan();
    }
}
