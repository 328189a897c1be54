using Marten;
using Naringslivsplattform.ProcessPlan.Actions;

namespace Naringslivsplattform.ProcessPlan.Progress;

using Naringslivsplattform.ProcessPlan.Plans;

/// <summary>What progress is calculated from: the plan and every action under it, as stored now.</summary>
internal sealed record PlanFacts(ProcessPlan Plan, IReadOnlyList<PlanAction> Actions)
{
    /// <returns>Null when there is no such plan.</returns>
    public static async Task<PlanFacts?> LoadAsync(IQuerySession session, Guid planId, CancellationToken cancellationToken) =>
        await session.LoadAsync<ProcessPlan>(planId, cancellationToken) is { } plan
            ? new PlanFacts(plan, await session.Query<PlanAction>().Where(a => a.PlanId == planId).ToListAsync(cancellationToken))
            : null;
}
