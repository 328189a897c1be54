using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Measures;

/// <summary>A measure (insats) with every activity serving it and how far each has come in a year.</summary>
internal sealed record MeasureTraceResponse(int Number, string Text, IReadOnlyList<ActivityTrace> Activities);

/// <param name="Planned">Actions still planned with a planned date in the year.</param>
/// <param name="Completed">Actions held in the year.</param>
/// <param name="Cancelled">Cancelled actions that were planned for the year.</param>
internal sealed record ActivityTrace(string Code, int Category, string Title, int Planned, int Completed, int Cancelled, IReadOnlyList<TargetProgress> Targets);

/// <summary>
/// Traceability from the strategy down: measure → activities → their targets and actions. Pure, built from the
/// same plan, actions and progress calculation as the plan page, so the two never disagree.
/// </summary>
internal static class MeasureTracing
{
    public static IReadOnlyList<MeasureTraceResponse> Trace(PlanFacts facts, int year, DateOnly today)
    {
        var progress = TargetProgressCalculation.Calculate(facts, year, today);
        return [.. facts.Plan.Measures.Select(measure => new MeasureTraceResponse(
            measure.Number,
            measure.Text,
            [.. facts.Plan.Activities.Where(a => a.ServesMeasures.Contains(measure.Number)).Select(activity => TraceActivity(activity, facts, progress, year))]))];
    }

    /// <summary>Counts the core's actions and other modules' contributions alike, in the timeline's neutral statuses.</summary>
    private static ActivityTrace TraceActivity(PlanActivity activity, PlanFacts facts, IReadOnlyList<TargetProgress> progress, int year)
    {
        var code = activity.Code.ToString();
        var mine = facts.Actions.Where(a => a.ActivityCode == activity.Code)
            .Select(a => (Status: Neutral(a.Status), a.PlannedFrom, a.HeldOn))
            .Concat(facts.Contributions.Where(c => c.ActivityCode == code).Select(c => (c.Status, c.PlannedFrom, c.HeldOn)))
            .ToList();
        return new ActivityTrace(
            code,
            activity.Category,
            activity.Title,
            mine.Count(a => a.Status == TimelineStatus.Planned && a.PlannedFrom.Year == year),
            mine.Count(a => a.Status == TimelineStatus.Completed && a.HeldOn?.Year == year),
            mine.Count(a => a.Status == TimelineStatus.Cancelled && a.PlannedFrom.Year == year),
            [.. progress.Where(p => p.ActivityCode == code)]);
    }

    private static TimelineStatus Neutral(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Completed => TimelineStatus.Completed,
        PlanActionStatus.Cancelled => TimelineStatus.Cancelled,
        _ => TimelineStatus.Planned,
    };
}
