using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Progress;

/// <summary>
/// What progress is calculated from: the plan, every action under it, every leadership decision it needs, and the
/// actions other modules recorded against its activities (their timeline entries, the only read model the core keeps of them).
/// </summary>
internal sealed record PlanFacts(
    Plan Plan, IReadOnlyCollection<PlanAction> Actions, IReadOnlyCollection<LeadershipDecision> Decisions, IReadOnlyCollection<TimelineEntry> Contributions)
{
    /// <summary>As stored now.</summary>
    /// <returns>Null when there is no such plan.</returns>
    public static async Task<PlanFacts?> LoadAsync(IQuerySession session, Guid planId, CancellationToken cancellationToken) =>
        await session.LoadAsync<Plan>(planId, cancellationToken) is { } plan
            ? new PlanFacts(
                plan,
                await session.Query<PlanAction>().Where(a => a.PlanId == planId).ToListAsync(cancellationToken),
                await session.Query<LeadershipDecision>().Where(d => d.PlanId == planId).ToListAsync(cancellationToken),
                await session.Query<TimelineEntry>()
                    .Where(e => e.PlanId == planId && e.Source == TimelineProjection.ContributionSource)
                    .ToListAsync(cancellationToken))
            : null;

    /// <summary>Every action held under the plan, the core's and other modules', in the terms targets count them by.</summary>
    public IReadOnlyList<HeldAction> HeldActions =>
    [
        .. Actions.Where(a => a.PlanId == Plan.Id && a.Status == PlanActionStatus.Completed && a.HeldOn is not null)
            .Select(a => new HeldAction(a.ActivityCode.ToString(), a.Kind.ToString(), a.HeldOn!.Value, a.Cluster)),
        .. Contributions.Where(c => c.PlanId == Plan.Id && c.Status == TimelineStatus.Completed && c.HeldOn is not null)
            .Select(c => new HeldAction(c.ActivityCode, c.Kind, c.HeldOn!.Value, c.Cluster)),
    ];
}

/// <summary>An action that took place, whichever module recorded it.</summary>
/// <param name="Kind">The kind key: a core action kind or one of <c>ContributionKinds</c>.</param>
/// <param name="Cluster">The named cluster met, for coverage targets.</param>
internal sealed record HeldAction(string ActivityCode, string Kind, DateOnly HeldOn, string? Cluster);
