using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Browsing;

// What the API and the admin UI show of a plan. Value objects (timeframes, points, strategy,
// clusters) are shown as they are; everything else is shaped for readers.

internal sealed record PlanSummaryResponse(
    Guid Id, string MunicipalityCode, string PlanKey, string Title, int PeriodFrom, int PeriodTo, int MeasureCount, int ActivityCount);

internal sealed record PlanResponse(
    Guid Id,
    string MunicipalityCode,
    string PlanKey,
    string Title,
    BusinessStrategy Strategy,
    int PeriodFrom,
    int PeriodTo,
    string SourceDocument,
    IReadOnlyList<MeasureResponse> Measures,
    IReadOnlyList<CategoryResponse> Categories,
    IReadOnlyList<ActivityResponse> Activities,
    IReadOnlyList<NamedCluster> Clusters);

/// <param name="ServedBy">Codes of the activities that serve this measure.</param>
internal sealed record MeasureResponse(int Number, string Text, IReadOnlyList<string> ServedBy);

internal sealed record CategoryResponse(int Number, string Title, string? Introduction, IReadOnlyList<string> ActivityCodes);

internal sealed record ActivityResponse(
    string Code,
    int Category,
    string Title,
    IReadOnlyList<ActivityPoint> Points,
    Timeframe Timeframe,
    IReadOnlyList<int> ServesMeasures,
    IReadOnlyList<TargetResponse> Targets);

/// <param name="Kind"><c>count</c>, <c>deadline</c> or <c>coverage</c>.</param>
internal sealed record TargetResponse(
    string Key,
    string ActivityCode,
    string Kind,
    string Description,
    string? ActionKind,
    int? MinimumPerYear,
    IReadOnlyList<int> Years,
    DateOnly? Deadline,
    string Source);

internal static class PlanResponseMapping
{
    public static PlanSummaryResponse ToSummary(this Plan plan, string municipalityCode) =>
        new(plan.Id, municipalityCode, plan.Header.PlanKey, plan.Header.Title, plan.Header.PeriodFrom, plan.Header.PeriodTo,
            plan.Measures.Count, plan.Activities.Count);

    public static PlanResponse ToResponse(this Plan plan, string municipalityCode) =>
        new(
            plan.Id,
            municipalityCode,
            plan.Header.PlanKey,
            plan.Header.Title,
            plan.Header.Strategy,
            plan.Header.PeriodFrom,
            plan.Header.PeriodTo,
            plan.Header.SourceDocument,
            [.. plan.Measures.Select(m => new MeasureResponse(
                m.Number, m.Text, [.. plan.Activities.Where(a => a.ServesMeasures.Contains(m.Number)).Select(a => a.Code.ToString())]))],
            [.. plan.Categories.Select(c => new CategoryResponse(
                c.Number, c.Title, c.Introduction, [.. plan.Activities.Where(a => a.Category == c.Number).Select(a => a.Code.ToString())]))],
            [.. plan.Activities.Select(a => a.ToResponse(plan))],
            plan.Clusters);

    public static ActivityResponse ToResponse(this PlanActivity activity, Plan plan) =>
        new(
            activity.Code.ToString(),
            activity.Category,
            activity.Title,
            activity.Points,
            activity.Timeframe,
            activity.ServesMeasures,
            [.. plan.Targets.Where(t => t.ActivityCode == activity.Code).Select(t => t.ToResponse())]);

    public static TargetResponse ToResponse(this Target target) =>
        new(target.Key, target.ActivityCode.ToString(), target.Kind.ToString().ToLowerInvariant(), target.Description, target.ActionKind,
            target.MinimumPerYear, target.Years, target.Deadline, target.Source);
}
