using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Progress;

internal enum ProgressStatus
{
    /// <summary>The target is reached.</summary>
    Met,

    /// <summary>Not reached, but as far along as the part of the period that has passed asks for.</summary>
    OnTrack,

    /// <summary>Less done than the time passed asks for, or the period or deadline has passed unmet.</summary>
    Behind,
}

/// <summary>How far one target of an activity is in one year (count and coverage targets) or by its deadline.</summary>
/// <param name="NotYetCovered">For a coverage target, the named clusters not yet met enough that year; otherwise empty.</param>
internal sealed record TargetProgress(
    string TargetKey, string ActivityCode, TargetKind Kind, string Description, int? Year, int Done, int Required, ProgressStatus Status, IReadOnlyList<string> NotYetCovered);

/// <summary>
/// Progress against targets, calculated from the plan's targets and its actions. Pure: the same plan,
/// actions and day always give the same answer, whichever way the actions were (re)built.
/// </summary>
internal static class TargetProgressCalculation
{
    public static IReadOnlyList<TargetProgress> Calculate(PlanFacts facts, int year, DateOnly today)
    {
        var plan = facts.Plan;
        var completed = facts.HeldActions;
        var approved = facts.Decisions.Where(d => d.PlanId == plan.Id && d.State == DecisionState.Approved).ToList();
        return [.. plan.Targets
            .Where(t => t.Kind == TargetKind.Deadline || t.Years.Contains(year))
            .OrderBy(t => t.ActivityCode)
            .Select(t => t.Kind switch
            {
                TargetKind.Count => CountProgress(t, completed, year, today),
                TargetKind.Coverage => CoverageProgress(t, plan.Clusters, completed, year, today),
                _ => DeadlineProgress(t, completed, approved, today),
            })];
    }

    private static TargetProgress CountProgress(Target target, IReadOnlyList<HeldAction> completed, int year, DateOnly today)
    {
        var required = target.MinimumPerYear ?? 0;
        var done = completed.Count(a => Counts(a, target, year));
        return new TargetProgress(target.Key, target.ActivityCode.ToString(), target.Kind, target.Description, year, done, required, YearlyStatus(done, required, year, today), []);
    }

    private static TargetProgress CoverageProgress(Target target, System.Collections.Immutable.ImmutableList<NamedCluster> clusters, IReadOnlyList<HeldAction> completed, int year, DateOnly today)
    {
        var minimum = target.MinimumPerYear ?? 1;
        var notYetCovered = clusters
            .Where(c => completed.Count(a => Counts(a, target, year) && a.Cluster == c.Name) < minimum)
            .Select(c => c.Name)
            .ToList();
        var done = clusters.Count - notYetCovered.Count;
        return new TargetProgress(
            target.Key, target.ActivityCode.ToString(), target.Kind, target.Description, year, done, clusters.Count, YearlyStatus(done, clusters.Count, year, today), notYetCovered);
    }

    private static bool Counts(HeldAction action, Target target, int year) =>
        action.ActivityCode == target.ActivityCode.ToString() && action.Kind == target.ActionKind && action.HeldOn.Year == year;

    /// <summary>Met when reached; on track while what is done keeps pace with the part of the year that has passed.</summary>
    private static ProgressStatus YearlyStatus(int done, int required, int year, DateOnly today)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var elapsed = today < yearStart ? 0 : today.Year > year ? 1 : (today.DayNumber - yearStart.DayNumber + 1) / (double)(new DateOnly(year, 12, 31).DayNumber - yearStart.DayNumber + 1);
        return done >= required ? ProgressStatus.Met
            : done >= Math.Floor(required * elapsed) && today.Year <= year ? ProgressStatus.OnTrack
            : ProgressStatus.Behind;
    }

    /// <summary>Met by a completed action under the activity, or an approved leadership decision for it, by the deadline.</summary>
    private static TargetProgress DeadlineProgress(Target target, IReadOnlyList<HeldAction> completed, List<LeadershipDecision> approved, DateOnly today)
    {
        var done = completed.Any(a => a.ActivityCode == target.ActivityCode.ToString() && a.HeldOn <= target.Deadline)
                   || approved.Any(d => d.ActivityCode == target.ActivityCode && d.DecidedOn <= target.Deadline)
            ? 1
            : 0;
        var status = done == 1 ? ProgressStatus.Met : today > target.Deadline ? ProgressStatus.Behind : ProgressStatus.OnTrack;
        return new TargetProgress(target.Key, target.ActivityCode.ToString(), target.Kind, target.Description, null, done, 1, status, []);
    }
}
