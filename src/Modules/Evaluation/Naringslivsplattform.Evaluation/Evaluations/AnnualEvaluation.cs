using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>
/// The annual evaluation of one plan-year (årlig uppföljning), made only from events: what each activity set out
/// to do and what was done, each measure 1–8 rolled up from its activities, the year's key figures beside the
/// previous year's. Stored per municipality and kept current as events arrive; as of a past day it is made afresh.
/// </summary>
/// <param name="Id">See <see cref="IdFor"/>.</param>
/// <param name="Day">The Swedish day the figures stand on: today for the live evaluation, the chosen day as of a date.</param>
/// <param name="SectionsNotReached">SNI section codes with companies in the register but no visit held in the year.</param>
internal sealed record AnnualEvaluation(
    string Id,
    Guid PlanId,
    string PlanTitle,
    int Year,
    DateOnly Day,
    IReadOnlyList<MeasureOutcome> Measures,
    IReadOnlyList<ActivityOutcome> Activities,
    IReadOnlyList<SectionReach> Sections,
    IReadOnlyList<string> SectionsNotReached,
    IReadOnlyList<ClusterRecord> Clusters,
    IReadOnlyList<DecisionRecord> Decisions,
    KeyFigures KeyFigures,
    KeyFigures PreviousYear)
{
    public static string IdFor(Guid planId, int year) => $"{planId:N}-{year}";
}

/// <summary>An activity's targets and outcome in the year, and every action under it by kind.</summary>
/// <param name="Standing">Behind if any target is, else on track if any is, else met; null for an activity without targets.</param>
internal sealed record ActivityOutcome(
    string Code,
    int Category,
    string CategoryTitle,
    string Title,
    IReadOnlyList<TargetRecord> Targets,
    IReadOnlyList<ActionTally> Actions,
    TargetStanding? Standing);

/// <summary>A measure (insats) rolled up from the activities serving it.</summary>
internal sealed record MeasureOutcome(
    int Number,
    string Text,
    IReadOnlyList<string> ActivityCodes,
    int TargetsMet,
    int Targets,
    int ActionsHeld,
    TargetStanding? Standing);

/// <summary>The year's key figures; the previous year's are made the same way.</summary>
/// <param name="TargetsMet">Null for a year the plan does not cover.</param>
internal sealed record KeyFigures(
    int Year,
    int ActionsHeld,
    int? TargetsMet,
    int? Targets,
    int CompaniesVisited,
    int VisitsHeld,
    int VisitsWithPoliticians,
    int FollowUpsOpened,
    int FollowUpsClosed,
    int FollowUpsOverdue,
    double? MedianDaysToClose,
    double? MedianDaysToFeedback);
