using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>
/// Makes a plan-year's evaluation for the scope's municipality: now (<c>until</c> null) from the modules' read models, a
/// handful of year-scoped reads; or from the events appended up to an instant, folded by the modules.
/// </summary>
internal sealed class EvaluationBuilder(IPlanRecords plans, ICompanyWorkRecords work)
{
    /// <summary>The plan covering <paramref name="year"/> now or as it stood at <paramref name="until"/>, if any.</summary>
    public async Task<PlanPeriod?> PlanForAsync(int year, DateTimeOffset? until, CancellationToken cancellationToken) =>
        (await plans.ListPlansAsync(until, cancellationToken)).FirstOrDefault(p => p.Covers(year));

    public Task<IReadOnlyList<PlanPeriod>> PlansAsync(DateTimeOffset? until, CancellationToken cancellationToken) =>
        plans.ListPlansAsync(until, cancellationToken);

    /// <returns>Null when the plan did not exist at <paramref name="until"/>.</returns>
    public async Task<AnnualEvaluation?> BuildAsync(PlanPeriod plan, int year, DateTimeOffset? until, CancellationToken cancellationToken) =>
        (await BuildAsync(plan, [year], until, cancellationToken)).SingleOrDefault();

    /// <summary>
    /// The evaluations of <paramref name="years"/> of one plan, each beside its previous year; as of an instant each
    /// module's events are folded once for all of them.
    /// </summary>
    /// <returns>Empty when the plan did not exist at <paramref name="until"/>.</returns>
    public async Task<IReadOnlyList<AnnualEvaluation>> BuildAsync(PlanPeriod plan, IReadOnlyCollection<int> years, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        int[] withPrevious = [.. years.Concat(years.Select(y => y - 1)).Distinct().Order()];
        var records = (await plans.ReadYearsAsync(plan.PlanId, [.. withPrevious.Where(plan.Covers)], until, cancellationToken)).ToDictionary(r => r.Year);
        if (records.Count == 0)
        {
            return [];
        }

        var companyWork = (await work.ReadYearsAsync(withPrevious, until, cancellationToken)).ToDictionary(w => w.Year);
        return [.. years.Select(year => EvaluationCalculation.Calculate(
            records[year], companyWork[year], records.GetValueOrDefault(year - 1), companyWork[year - 1]))];
    }
}
