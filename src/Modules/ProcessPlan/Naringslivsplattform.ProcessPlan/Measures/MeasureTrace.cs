using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Progress;

namespace Naringslivsplattform.ProcessPlan.Measures;

using Naringslivsplattform.ProcessPlan.Plans;

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
            [.. facts.Plan.Activities.Where(a => a.ServesMeasures.Contains(measure.Number)).Select(activity => TraceActivity(activity, facts.Actions, progress, year))]))];
    }

    private static ActivityTrace TraceActivity(PlanActivity activity, IReadOnlyCollection<PlanAction> actions, IReadOnlyList<TargetProgress> progress, int year)
    {
        var mine = actions.Where(a => a.ActivityCode == activity.Code).ToList();
        return new ActivityTrace(
            activity.Code.ToString(),
            activity.Category,
            activity.Title,
            mine.Count(a => a.Status == PlanActionStatus.Planned && a.PlannedFrom.Year == year),
            mine.Count(a => a.Status == PlanActionStatus.Completed && a.HeldOn?.Year == year),
            mine.Count(a => a.Status == PlanActionStatus.Cancelled && a.PlannedFrom.Year == year),
            [.. progress.Where(p => p.ActivityCode == activity.Code.ToString())]);
    }
}
