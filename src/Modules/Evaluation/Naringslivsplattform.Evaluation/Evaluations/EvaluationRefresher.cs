namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>
/// Keeps the stored evaluations of the scope's municipality equal to what its read models say now: each plan-year's
/// document is made afresh from the modules' year-scoped reads (ADR 0016), so refreshing one plan-year never needs the
/// others and no refresh reads the store's history.
/// </summary>
internal sealed class EvaluationRefresher(EvaluationBuilder builder, IDocumentSession session)
{
    /// <summary>Every plan-year of every plan; documents of plan-years no longer covered are removed.</summary>
    /// <returns>The ids of the documents stored.</returns>
    public async Task<IReadOnlyList<string>> RefreshAllAsync(CancellationToken cancellationToken)
    {
        var evaluations = new List<AnnualEvaluation>();
        foreach (var plan in await builder.PlansAsync(null, cancellationToken))
        {
            evaluations.AddRange(await builder.BuildAsync(plan, [.. Enumerable.Range(plan.FirstYear, plan.LastYear - plan.FirstYear + 1)], null, cancellationToken));
        }

        var ids = evaluations.Select(e => e.Id).ToList();
        session.DeleteWhere<AnnualEvaluation>(e => !ids.Contains(e.Id));
        session.Store(evaluations.ToArray());
        await session.SaveChangesAsync(cancellationToken);
        return ids;
    }

    /// <returns>Null when no plan covers <paramref name="year"/>.</returns>
    public async Task<AnnualEvaluation?> RefreshAsync(int year, CancellationToken cancellationToken)
    {
        if (await builder.PlanForAsync(year, null, cancellationToken) is not { } plan
            || await builder.BuildAsync(plan, year, null, cancellationToken) is not { } evaluation)
        {
            return null;
        }

        session.Store(evaluation);
        await session.SaveChangesAsync(cancellationToken);
        return evaluation;
    }
}
