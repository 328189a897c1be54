namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>A year that has an evaluation: one covered by a plan.</summary>
internal sealed record EvaluationYear(int Year, Guid PlanId, string PlanTitle);

internal sealed record ListEvaluationYears : IQuery<IReadOnlyList<EvaluationYear>>;

internal sealed class ListEvaluationYearsHandler(EvaluationBuilder builder) : IQueryHandler<ListEvaluationYears, IReadOnlyList<EvaluationYear>>
{
    public async ValueTask<IReadOnlyList<EvaluationYear>> Handle(ListEvaluationYears query, CancellationToken cancellationToken) =>
        [.. (await builder.PlansAsync(null, cancellationToken))
            .SelectMany(plan => Enumerable.Range(plan.FirstYear, plan.LastYear - plan.FirstYear + 1).Select(year => new EvaluationYear(year, plan.PlanId, plan.Title)))
            .OrderBy(y => y.Year)];
}
