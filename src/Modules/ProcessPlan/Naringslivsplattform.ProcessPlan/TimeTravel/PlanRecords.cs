using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Contracts;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.TimeTravel;

/// <summary>
/// The plan-year for the annual evaluation (the Evaluation module reads it through <see cref="IPlanRecords"/>): now from the
/// read models, one year's facts at a time (<see cref="PlanFacts.LoadAsync(IQuerySession, Plan, int, CancellationToken)"/>);
/// at an instant folded from the events up to it the same way as the plan's progress as of a day. Either way the same
/// calculations make the record, so what the evaluation says of a target is what the plan page said of it then.
/// </summary>
internal sealed class PlanRecords(IQuerySession session, TimeProvider time) : IPlanRecords
{
    public async Task<IReadOnlyList<PlanPeriod>> ListPlansAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        IReadOnlyList<Plan> plans;
        if (until is { } instant)
        {
            var ids = await session.Query<Plan>().Select(p => p.Id).ToListAsync(cancellationToken);
            var then = new List<Plan>();
            foreach (var id in ids)
            {
                if (await session.Events.AggregateStreamAsync<Plan>(id, timestamp: instant, token: cancellationToken) is { } plan)
                {
                    then.Add(plan);
                }
            }

            plans = then;
        }
        else
        {
            plans = await session.Query<Plan>().ToListAsync(cancellationToken);
        }

        return [.. plans.Select(Period).OrderBy(p => p.FirstYear).ThenBy(p => p.Title, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<PlanYearRecord>> ReadYearsAsync(Guid planId, IReadOnlyCollection<int> years, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (until is not { } instant)
        {
            if (await session.LoadAsync<Plan>(planId, cancellationToken) is not { } current)
            {
                return [];
            }

            var today = SwedishTime.Today(time);
            var records = new List<PlanYearRecord>();
            foreach (var year in years)
            {
                records.Add(Year(current, await PlanFacts.LoadAsync(session, current, year, cancellationToken), year, today));
            }

            return records;
        }

        if (await session.Events.AggregateStreamAsync<Plan>(planId, timestamp: instant, token: cancellationToken) is not { } plan)
        {
            return [];
        }

        var facts = await PlanFactsAsOf.LoadAsync(session, plan, instant, cancellationToken);
        var day = SwedishTime.DayOf(instant);
        return [.. years.Select(year => Year(plan, facts, year, day))];
    }

    private static PlanYearRecord Year(Plan plan, PlanFacts facts, int year, DateOnly day)
    {
        var held = facts.HeldActions.Where(a => a.HeldOn.Year == year).ToList();
        return new PlanYearRecord(
            Period(plan),
            year,
            day,
            [.. plan.Measures.Select(m => new MeasureRecord(
                m.Number, m.Text, [.. plan.Activities.Where(a => a.ServesMeasures.Contains(m.Number)).Select(a => a.Code.ToString())]))],
            [.. plan.Activities.Select(a => new ActivityRecord(
                a.Code.ToString(), a.Category, plan.Categories.Find(c => c.Number == a.Category)?.Title ?? "", a.Title))],
            [.. TargetProgressCalculation.Calculate(facts, year, day).Select(t => Target(plan, t))],
            Tallies(facts, year),
            [.. facts.Decisions
                .Where(d => d.PlanId == plan.Id && (d.NeededBy.Year == year || d.DecidedOn?.Year == year))
                .OrderBy(d => d.NeededBy)
                .Select(d => Decision(d, day))],
            [.. plan.Clusters.Select(c => new ClusterRecord(c.Name, held.Count(a => a.Cluster == c.Name)))]);
    }

    private static PlanPeriod Period(Plan plan) => new(plan.Id, plan.Header.Title, plan.Header.PeriodFrom, plan.Header.PeriodTo);

    private static TargetRecord Target(Plan plan, TargetProgress progress) => new(
        progress.TargetKey,
        progress.ActivityCode,
        progress.Kind switch { TargetKind.Count => TargetRecordKind.Count, TargetKind.Coverage => TargetRecordKind.Coverage, _ => TargetRecordKind.Deadline },
        progress.Description,
        progress.Done,
        progress.Required,
        progress.Status switch { ProgressStatus.Met => TargetStanding.Met, ProgressStatus.OnTrack => TargetStanding.OnTrack, _ => TargetStanding.Behind },
        plan.Targets.Find(t => t.Key == progress.TargetKey)?.Deadline,
        progress.NotYetCovered);

    /// <summary>Every action dated in the year (held on, else planned from), the core's and other modules', by activity and kind.</summary>
    private static IReadOnlyList<ActionTally> Tallies(PlanFacts facts, int year)
    {
        var actions = facts.Actions
            .Where(a => a.PlanId == facts.Plan.Id)
            .Select(a => (Activity: a.ActivityCode.ToString(), Kind: a.Kind.ToString(), Date: a.HeldOn ?? a.PlannedFrom, Status: Status(a.Status)))
            .Concat(facts.Contributions
                .Where(c => c.PlanId == facts.Plan.Id)
                .Select(c => (Activity: c.ActivityCode, c.Kind, c.Date, c.Status)))
            .Where(a => a.Date.Year == year);
        return [.. actions
            .GroupBy(a => (a.Activity, a.Kind))
            .OrderBy(g => g.Key.Activity, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g => new ActionTally(
                g.Key.Activity,
                g.Key.Kind,
                TimelineKinds.Name(g.Key.Kind),
                g.Count(a => a.Status == TimelineStatus.Planned),
                g.Count(a => a.Status == TimelineStatus.Completed),
                g.Count(a => a.Status == TimelineStatus.Cancelled)))];
    }

    private static TimelineStatus Status(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Completed => TimelineStatus.Completed,
        PlanActionStatus.Cancelled => TimelineStatus.Cancelled,
        _ => TimelineStatus.Planned,
    };

    private static DecisionRecord Decision(LeadershipDecision decision, DateOnly day)
    {
        var standing = decision.State switch
        {
            DecisionState.Approved => DecisionStanding.Approved,
            DecisionState.Rejected => DecisionStanding.Rejected,
            DecisionState.Withdrawn => DecisionStanding.Withdrawn,
            _ => DecisionStanding.Awaiting,
        };
        bool? deadlineMet = decision.DecidedOn is { } decided ? decided <= decision.NeededBy
            : standing == DecisionStanding.Awaiting && decision.NeededBy < day ? false
            : null;
        return new DecisionRecord(decision.ActivityCode.ToString(), decision.Subject, decision.NeededBy, standing, decision.DecidedOn, deadlineMet);
    }
}
