using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.History;
using Naringslivsplattform.ProcessPlan.Resources;

namespace Naringslivsplattform.ProcessPlan.Progress;

using Naringslivsplattform.ProcessPlan.Plans;

internal sealed record GetPlanProgress(Guid PlanId, int Year) : IQuery<IReadOnlyList<TargetProgress>?>;

internal sealed class GetPlanProgressHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetPlanProgress, IReadOnlyList<TargetProgress>?>
{
    public async ValueTask<IReadOnlyList<TargetProgress>?> Handle(GetPlanProgress query, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<ProcessPlan>(query.PlanId, cancellationToken) is not { } plan)
        {
            return null;
        }

        var actions = await session.Query<PlanAction>().Where(a => a.PlanId == query.PlanId).ToListAsync(cancellationToken);
        return TargetProgressCalculation.Calculate(plan, actions, query.Year, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
    }
}

internal static class GetPlanProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/progress", async Task<Results<Ok<IReadOnlyList<TargetProgress>>, ProblemHttpResult>> (
                Guid planId, int? year, string? asOf, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                var then = asOf is null ? (Outcome<AsOf>?)null : AsOf.Parse(asOf, StockholmTime.Today(time));
                if (then?.Error is { } invalidDay)
                {
                    return invalidDay.ToProblem();
                }

                var forYear = year ?? then?.Value?.Day.Year ?? time.GetLocalNow().Year;
                if (forYear is < 2020 or > 2035)
                {
                    return ApiProblems.BadRequest("progress.year-invalid", ProcessPlanTexts.ProgressYearInvalid);
                }

                if (then?.Value is { } day)
                {
                    var past = await mediator.Send(new GetPlanProgressAsOf(planId, forYear, day), ct);
                    return past.Value is { } progressThen ? TypedResults.Ok<IReadOnlyList<TargetProgress>>(progressThen) : past.Error!.ToProblem();
                }

                return await mediator.Send(new GetPlanProgress(planId, forYear), ct) is { } progress
                    ? TypedResults.Ok(progress)
                    : ApiProblems.NotFound(GetPlanEndpoint.PlanNotFoundCode, ProcessPlanTexts.PlanNotFound);
            })
            .WithName("GetPlanProgress")
            .WithSummary("Hur långt planens mål har nåtts")
            .WithDescription("Per mål: genomfört mot mål för året (antalsmål) eller före slutdatumet (tidsmål), och om det är nått, i fas eller efter. Året anges med ?year=, annars innevarande år. "
                + "Med ?asOf=ÅÅÅÅ-MM-DD räknas läget vid slutet av den dagen (svensk tid), med den dagen som \"i dag\".");
}
