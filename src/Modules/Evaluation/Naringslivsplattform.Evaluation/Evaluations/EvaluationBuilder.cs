using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>Makes a plan-year's evaluation from the events appended up to an instant, for the scope's municipality.</summary>
internal sealed class EvaluationBuilder(IPlanRecords plans, ICompanyWorkRecords work)
{
    /// <summary>The plan covering <paramref name="year"/> as it stood at <paramref name="until"/>, if any.</summary>
    public async Task<PlanPeriod?> PlanForAsync(int year, DateTimeOffset until, CancellationToken cancellationToken) =>
        (await plans.ListPlansAsync(until, cancellationToken)).FirstOrDefault(p => p.Covers(year));

    public Task<IReadOnlyList<PlanPeriod>> PlansAsync(DateTimeOffset until, CancellationToken cancellationToken) =>
        plans.ListPlansAsync(until, cancellationToken);

    /// <returns>Null when the plan did not exist at <paramref name="until"/>.</returns>
    public async Task<AnnualEvaluation?> BuildAsync(PlanPeriod plan, int year, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (await plans.ReadYearAsync(plan.PlanId, year, until, cancellationToken) is not { } record)
        {
            return null;
        }

        var previous = plan.Covers(year - 1) ? await plans.ReadYearAsync(plan.PlanId, year - 1, until, cancellationToken) : null;
        return EvaluationCalculation.Calculate(
            record,
            await work.ReadYearAsync(year, until, cancellationToken),
            previous,
            await work.ReadYearAsync(year - 1, until, cancellationToken));
    }
}
