using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Browsing;
using Naringslivsplattform.ProcessPlan.History;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.Progress;

internal sealed record GetPlanProgress(Guid PlanId, int Year) : IQuery<IReadOnlyList<TargetProgress>?>;

internal sealed class GetPlanProgressHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetPlanProgress, IReadOnlyList<TargetProgress>?>
{
    public async ValueTask<IReadOnlyList<TargetProgress>?> Handle(GetPlanProgress query, CancellationToken cancellationToken) =>
        await PlanFacts.LoadAsync(session, query.PlanId, cancellationToken) is { } facts
            ? TargetProgressCalculation.Calculate(facts, query.Year, SwedishTime.Today(time))
            : null;
}

internal static class GetPlanProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/progress", async Task<Results<Ok<IReadOnlyList<TargetProgress>>, ProblemHttpResult>> (
                Guid planId, int? year, string? asOf, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                var then = asOf is null ? (Outcome<AsOf>?)null : AsOf.Parse(asOf, SwedishTime.Today(time));
                if (then?.Error is { } invalidDay)
                {
                    return invalidDay.ToProblem();
                }

                if (ProgressYear.Resolve(year ?? then?.Value?.Day.Year, time) is not { } forYear)
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
