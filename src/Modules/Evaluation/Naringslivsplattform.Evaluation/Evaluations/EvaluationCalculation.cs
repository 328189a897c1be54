using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>The annual evaluation, pure: the plan-year and the company work in, the evaluation out.</summary>
internal static class EvaluationCalculation
{
    /// <param name="previousPlan">The plan's previous year, or null when the plan does not cover it.</param>
    public static AnnualEvaluation Calculate(PlanYearRecord plan, CompanyWorkYear work, PlanYearRecord? previousPlan, CompanyWorkYear previousWork)
    {
        var activities = plan.Activities
            .Select(a =>
            {
                var targets = plan.Targets.Where(t => t.ActivityCode == a.Code).ToList();
                return new ActivityOutcome(
                    a.Code, a.Category, a.CategoryTitle, a.Title, targets, [.. plan.Actions.Where(x => x.ActivityCode == a.Code)], Standing(targets));
            })
            .ToList();
        var measures = plan.Measures
            .Select(m =>
            {
                var served = activities.Where(a => m.ActivityCodes.Contains(a.Code)).ToList();
                var targets = served.SelectMany(a => a.Targets).ToList();
                return new MeasureOutcome(
                    m.Number, m.Text, m.ActivityCodes, targets.Count(t => t.Standing == TargetStanding.Met), targets.Count,
                    served.Sum(a => a.Actions.Sum(x => x.Held)), Standing(targets));
            })
            .ToList();
        return new AnnualEvaluation(
            AnnualEvaluation.IdFor(plan.Plan.PlanId, plan.Year),
            plan.Plan.PlanId,
            plan.Plan.Title,
            plan.Year,
            plan.Day,
            measures,
            activities,
            work.Sections,
            [.. work.Sections.Where(s => s.NotReached).Select(s => s.Code)],
            plan.Clusters,
            plan.Decisions,
            Figures(plan.Year, plan, work),
            Figures(plan.Year - 1, previousPlan, previousWork));
    }

    /// <summary>Behind if any target is, else on track if any is, else met; null without targets.</summary>
    public static TargetStanding? Standing(IReadOnlyCollection<TargetRecord> targets) =>
        targets.Count == 0 ? null
        : targets.Any(t => t.Standing == TargetStanding.Behind) ? TargetStanding.Behind
        : targets.Any(t => t.Standing == TargetStanding.OnTrack) ? TargetStanding.OnTrack
        : TargetStanding.Met;

    private static KeyFigures Figures(int year, PlanYearRecord? plan, CompanyWorkYear work) => new(
        year,
        plan?.Actions.Sum(a => a.Held) ?? 0,
        plan?.Targets.Count(t => t.Standing == TargetStanding.Met),
        plan?.Targets.Count,
        work.CompaniesVisited,
        work.VisitsHeld,
        work.VisitsWithPoliticians,
        work.FollowUps.Opened,
        work.FollowUps.Closed,
        work.FollowUps.Overdue,
        work.FollowUps.MedianDaysToClose,
        work.FollowUps.MedianDaysToFeedback);
}
