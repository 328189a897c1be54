using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Progress;

/// <summary>The spread of a plan's held actions under <paramref name="Activities"/> in a year.</summary>
internal sealed record GetGeographicSpread(Guid PlanId, int Year, IReadOnlyList<string> Activities) : IQuery<Outcome<GeographicSpread>>;

internal sealed class GetGeographicSpreadHandler(IQuerySession session) : IQueryHandler<GetGeographicSpread, Outcome<GeographicSpread>>
{
    public async ValueTask<Outcome<GeographicSpread>> Handle(GetGeographicSpread query, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Plan>(query.PlanId, cancellationToken) is not { } plan)
        {
            return PlanStreams.Errors.NotFound;
        }

        if (query.Activities.FirstOrDefault(code => !ActivityCode.TryParse(code, out var activity) || plan.FindActivity(activity.Value) is null) is { } unknown)
        {
            return new DomainError("spread.unknown-activity", SwedishFormat.Format(ProcessPlanTexts.SpreadUnknownActivity, unknown));
        }

        var (from, to) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31));
        var entries = await session.Query<TimelineEntry>()
            .Where(e => e.PlanId == query.PlanId && e.Status == TimelineStatus.Completed && e.HeldOn >= from && e.HeldOn <= to)
            .ToListAsync(cancellationToken);
        return GeographicSpreadCalculation.Calculate(entries, Localities.Of(session.TenantId), query.Activities, query.Year);
    }
}

internal static class GetGeographicSpreadEndpoint
{
    public static void Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{planId:guid}/spread", async Task<Results<Ok<GeographicSpread>, ProblemHttpResult>> (
                Guid planId, int? year, string[]? activity, IMediator mediator, TimeProvider time, CancellationToken ct) =>
            {
                if (ProgressYear.Resolve(year, time) is not { } forYear)
                {
                    return ApiProblems.BadRequest("progress.year-invalid", ProcessPlanTexts.ProgressYearInvalid);
                }

                var activities = activity is { Length: > 0 } ? activity : GeographicSpreadCalculation.CouncilAndClusterWork;
                var spread = await mediator.Send(new GetGeographicSpread(planId, forYear, [.. activities.Distinct()]), ct);
                return spread.ToResult();
            })
            .WithName("GetGeographicSpread")
            .WithSummary("Geografisk spridning av genomförda åtgärder")
            .WithDescription("Genomförda åtgärder under aktiviteterna i ?activity= (upprepas; utan den 1.1 näringslivsråd och 1.2 mikrokluster) under året i ?year=, "
                + "per område (centralorten, fjälldalarna, landsbygden, okänt) och ort enligt kommunens ortlista, oavsett vilken modul som registrerade dem.");
}
