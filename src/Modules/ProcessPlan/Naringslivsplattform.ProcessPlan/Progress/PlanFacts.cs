using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Decisions;

namespace Naringslivsplattform.ProcessPlan.Progress;

using Naringslivsplattform.ProcessPlan.Plans;

/// <summary>What progress is calculated from: the plan, every action under it and every leadership decision it needs.</summary>
internal sealed record PlanFacts(ProcessPlan Plan, IReadOnlyCollection<PlanAction> Actions, IReadOnlyCollection<LeadershipDecision> Decisions)
{
    /// <summary>As stored now.</summary>
    /// <returns>Null when there is no such plan.</returns>
    public static async Task<PlanFacts?> LoadAsync(IQuerySession session, Guid planId, CancellationToken cancellationToken) =>
        await session.LoadAsync<ProcessPlan>(planId, cancellationToken) is { } plan
            ? new PlanFacts(
                plan,
                await session.Query<PlanAction>().Where(a => a.PlanId == planId).ToListAsync(cancellationToken),
                await session.Query<LeadershipDecision>().Where(d => d.PlanId == planId).ToListAsync(cancellationToken))
            : null;
}
