using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Plans;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.Measures;

internal sealed record GetMeasureTraces(Guid PlanId, int Year) : IQuery<IReadOnlyList<MeasureTraceResponse>?>;

internal sealed class GetMeasureTracesHandler(IQuerySession session, TimeProvider time) : IQueryHandler<GetMeasureTraces, IReadOnlyList<MeasureTraceResponse>?>
{
    public async ValueTask<IReadOnlyList<MeasureTraceResponse>?> Handle(GetMeasureTraces query, CancellationToken cancellationToken) =>
        await PlanFacts.LoadAsync(session, query.PlanId, query.Year, cancellationToken) is { } facts
            ? MeasureTracing.Trace(facts, query.Year, SwedishTime.Today(time))
            : null;
}

internal static class GetMeasureTracesEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/measures", async Task<Results<Ok<IReadOnlyList<MeasureTraceResponse>>, ProblemHttpResult>> (
                Guid planId, int? year, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                if (ProgressYear.Resolve(year, time) is not { } forYear)
                {
                    return ApiProblems.BadRequest("progress.year-invalid", ProcessPlanTexts.ProgressYearInvalid);
                }

                return await mediator.Send(new GetMeasureTraces(planId, forYear), ct) is { } traces
                    ? TypedResults.Ok(traces)
                    : PlanStreams.Errors.NotFound.ToProblem();
            })
            .WithName("GetMeasureTraces")
            .WithSummary("Insatserna med aktiviteterna som tjänar dem")
            .WithDescription("Spårbarhet från strategin till varje åtgärd: per insats 1–8 dess aktiviteter, hur många åtgärder som är planerade, genomförda och inställda under året, och målens läge. Året anges med ?year=, annars innevarande år.");
}
