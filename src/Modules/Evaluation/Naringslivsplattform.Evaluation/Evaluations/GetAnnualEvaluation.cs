using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <param name="AsOf">A day, yyyy-MM-dd: the evaluation as the events appended by its end made it; null for now.</param>
internal sealed record GetAnnualEvaluation(int Year, string? AsOf) : IQuery<Outcome<AnnualEvaluation>>;

internal sealed class GetAnnualEvaluationHandler(EvaluationBuilder builder, IQuerySession session, TimeProvider time)
    : IQueryHandler<GetAnnualEvaluation, Outcome<AnnualEvaluation>>
{
    public async ValueTask<Outcome<AnnualEvaluation>> Handle(GetAnnualEvaluation query, CancellationToken cancellationToken)
    {
        if (EvaluationDay.CheckYear(query.Year) is { } invalid)
        {
            return invalid;
        }

        if (query.AsOf is null)
        {
            return await CurrentAsync(query.Year, cancellationToken);
        }

        var day = await EvaluationDay.ParseAsync(query.AsOf, session, time, cancellationToken);
        return day.Error is { } refused ? refused : await AsOfAsync(query.Year, day.Value, cancellationToken);
    }

    /// <summary>
    /// The stored evaluation while it stands on today: the refresher stores one only for a year a plan covers. Made afresh
    /// from the read models (not stored) on a day no event has refreshed it yet, or when two plans cover the year and the
    /// plans must say which one counts.
    /// </summary>
    private async Task<Outcome<AnnualEvaluation>> CurrentAsync(int year, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = await session.Query<AnnualEvaluation>().Where(e => e.Year == year).ToListAsync(cancellationToken);
        if (stored is [var only] && only.Day == SwedishTime.DayOf(now))
        {
            return only;
        }

        return await builder.PlanForAsync(year, null, cancellationToken) is { } plan
            ? (await builder.BuildAsync(plan, year, null, cancellationToken))!
            : EvaluationDay.NoPlan(year);
    }

    private async Task<Outcome<AnnualEvaluation>> AsOfAsync(int year, DateOnly day, CancellationToken cancellationToken)
    {
        var end = SwedishTime.EndOfDay(day);
        if (await builder.PlanForAsync(year, end, cancellationToken) is { } plan && await builder.BuildAsync(plan, year, end, cancellationToken) is { } evaluation)
        {
            return evaluation;
        }

        return await builder.PlanForAsync(year, null, cancellationToken) is null
            ? EvaluationDay.NoPlan(year)
            : new DomainError("evaluation.as-of-before-plan", SwedishFormat.Format(EvaluationTexts.EvaluationAsOfBeforePlan, year, SwedishFormat.Day(day)));
    }
}
