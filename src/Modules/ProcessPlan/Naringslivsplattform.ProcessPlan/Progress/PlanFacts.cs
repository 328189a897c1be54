using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Progress;

/// <summary>
/// What progress is calculated from: the plan, its actions, the leadership decisions it needs, and the actions other
/// modules recorded against its activities (their timeline entries, the only read model the core keeps of them). As of
/// an instant every one of them is folded; now, only those one year's figures can depend on (<see cref="LoadAsync"/>).
/// </summary>
internal sealed record PlanFacts(
    Plan Plan, IReadOnlyCollection<PlanAction> Actions, IReadOnlyCollection<LeadershipDecision> Decisions, IReadOnlyCollection<TimelineEntry> Contributions)
{
    /// <summary>
    /// As stored now, for the figures of <paramref name="year"/>: the actions and contributions dated in it (held on, else
    /// planned from: by the timeline's index on plan and day), the decisions needed or decided in it, and for the plan's
    /// deadline targets the actions held and decisions approved by their deadlines in earlier years. Nothing any figure of
    /// the year counts is left out (the calculations read the year themselves), so the answer is the one all the plan's
    /// facts give, and the read grows with the year's work, not with the plan's history.
    /// </summary>
    /// <returns>Null when there is no such plan.</returns>
    public static async Task<PlanFacts?> LoadAsync(IQuerySession session, Guid planId, int year, CancellationToken cancellationToken) =>
        await session.LoadAsync<Plan>(planId, cancellationToken) is { } plan ? await LoadAsync(session, plan, year, cancellationToken) : null;

    /// <inheritdoc cref="LoadAsync(IQuerySession, Guid, int, CancellationToken)"/>
    public static async Task<PlanFacts> LoadAsync(IQuerySession session, Plan plan, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

        // A deadline target is met by an action held, or a decision approved, on or before its day, whichever year that was.
        var deadlines = plan.Targets.Where(t => t.Kind == TargetKind.Deadline && t.Deadline is not null).ToList();
        var lastDeadline = deadlines.Count == 0 ? DateOnly.MinValue : deadlines.Max(t => t.Deadline!.Value);
        string[] deadlineActivities = [.. deadlines.Select(t => t.ActivityCode.ToString()).Distinct()];

        var entries = await session.Query<TimelineEntry>()
            .Where(e => e.PlanId == plan.Id && e.Source != TimelineProjection.DecisionSource && e.Date >= from && e.Date <= to)
            .ToListAsync(cancellationToken);
        if (deadlineActivities.Length > 0)
        {
            entries = [.. entries.UnionBy(
                await session.Query<TimelineEntry>()
                    .Where(e => e.PlanId == plan.Id && e.Source != TimelineProjection.DecisionSource && e.Status == TimelineStatus.Completed
                                && e.HeldOn <= lastDeadline && deadlineActivities.Contains(e.ActivityCode))
                    .ToListAsync(cancellationToken),
                e => e.Id)];
        }

        var decisions = await session.Query<LeadershipDecision>()
            .Where(d => d.PlanId == plan.Id
                        && ((d.NeededBy >= from && d.NeededBy <= to) || (d.DecidedOn >= from && d.DecidedOn <= to)
                            || (d.State == DecisionState.Approved && d.DecidedOn <= lastDeadline)))
            .ToListAsync(cancellationToken);
        var actions = await session.LoadManyAsync<PlanAction>(cancellationToken, [.. entries.Where(e => e.Source == TimelineProjection.ActionSource).Select(e => e.Id)]);
        return new PlanFacts(plan, actions, decisions, [.. entries.Where(e => e.Source == TimelineProjection.ContributionSource)]);
    }

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
