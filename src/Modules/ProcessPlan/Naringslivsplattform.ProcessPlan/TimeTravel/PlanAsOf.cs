using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.TimeTravel;

/// <summary>The plan as its events had built it by the end of a day.</summary>
internal sealed record GetPlanAsOf(Guid PlanId, AsOf AsOf) : IQuery<Outcome<PlanResponse>>;

internal sealed class GetPlanAsOfHandler(IQuerySession session, MunicipalityContext municipality) : IQueryHandler<GetPlanAsOf, Outcome<PlanResponse>>
{
    public async ValueTask<Outcome<PlanResponse>> Handle(GetPlanAsOf query, CancellationToken cancellationToken) =>
        (await PlanAsOf.LoadAsync(session, query.PlanId, query.AsOf, cancellationToken)).Map(plan => plan.ToResponse(municipality.Code));
}

internal static class PlanAsOf
{
    /// <summary>Folds the plan's events up to the end of the day; a plan that did not exist yet then is refused, an unknown one is not found.</summary>
    public static async Task<Outcome<Plan>> LoadAsync(IQuerySession session, Guid planId, AsOf asOf, CancellationToken cancellationToken)
    {
        if (await session.Events.FetchStreamStateAsync(planId, cancellationToken) is not { AggregateType: var type } || type != typeof(Plan))
        {
            return PlanStreams.Errors.NotFound;
        }

        return await session.Events.AggregateStreamAsync<Plan>(planId, timestamp: asOf.End, token: cancellationToken) is { } plan
            ? plan
            : asOf.BeforePlan();
    }
}

/// <summary>One plan, as it stands or, with <c>?asOf=</c>, as it was at the end of that day.</summary>
internal static class GetPlanEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}", async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> (
                Guid planId, string? asOf, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                if (asOf is not null)
                {
                    var then = AsOf.Parse(asOf, SwedishTime.Today(time));
                    return (then.Value is { } day ? await mediator.Send(new GetPlanAsOf(planId, day), ct) : then.Error!).ToResult();
                }

                return await mediator.Send(new GetPlan(planId), ct) is { } plan ? TypedResults.Ok(plan) : PlanStreams.Errors.NotFound.ToProblem();
            })
            .WithName("GetPlan")
            .WithSummary("En processplan")
            .WithDescription("Planens insatser, kategorier, aktiviteter med punkter, tidsramar, mål och vilka insatser varje aktivitet tjänar. "
                + "Med ?asOf=ÅÅÅÅ-MM-DD visas planen som den såg ut vid slutet av den dagen (svensk tid).");
}
