using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.ProcessPlan.History;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.Browsing;

internal sealed record GetPlan(Guid PlanId) : IQuery<PlanResponse?>;

internal sealed class GetPlanHandler(IQuerySession session, MunicipalityContext municipality) : IQueryHandler<GetPlan, PlanResponse?>
{
    public async ValueTask<PlanResponse?> Handle(GetPlan query, CancellationToken cancellationToken) =>
        (await session.LoadAsync<Plan>(query.PlanId, cancellationToken))?.ToResponse(municipality.Code);
}

internal static class GetPlanEndpoint
{
    public const string PlanNotFoundCode = "plan.not-found";

    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}", async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> (
                Guid planId, string? asOf, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                if (asOf is not null)
                {
                    var then = AsOf.Parse(asOf, SwedishTime.Today(time));
                    var past = then.Value is { } day ? await mediator.Send(new GetPlanAsOf(planId, day), ct) : then.Error!;
                    return past.Value is { } planThen ? TypedResults.Ok(planThen) : past.Error!.ToProblem();
                }

                return await mediator.Send(new GetPlan(planId), ct) is { } plan
                    ? TypedResults.Ok(plan)
                    : ApiProblems.NotFound(PlanNotFoundCode, ProcessPlanTexts.PlanNotFound);
            })
            .WithName("GetPlan")
            .WithSummary("En processplan")
            .WithDescription("Planens insatser, kategorier, aktiviteter med punkter, tidsramar, mål och vilka insatser varje aktivitet tjänar. "
                + "Med ?asOf=ÅÅÅÅ-MM-DD visas planen som den såg ut vid slutet av den dagen (svensk tid).");
}
