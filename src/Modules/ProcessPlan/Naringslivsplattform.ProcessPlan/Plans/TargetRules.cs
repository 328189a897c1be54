using System.Globalization;
using System.Text.RegularExpressions;

namespace Naringslivsplattform.ProcessPlan.Plans;

/// <summary>A broken target rule and the field (as named in JSON) it is about.</summary>
internal sealed record TargetRuleViolation(string Field, DomainError Error);

/// <summary>What a target is checked against: the plan's period, its named clusters and the action kinds there are.</summary>
internal sealed record TargetContext(int PeriodFrom, int PeriodTo, int NamedClusters, IReadOnlySet<string> ActionKinds);

/// <summary>
/// The rules every target obeys, whether a seed file or a planner sets it: one set of rules, so a
/// target the product accepts from one is never refused from the other. Limits: docs/targets.md.
/// </summary>
internal static partial class TargetRules
{
    public const int MaxKeyLength = 60;
    public const int MaxDescriptionLength = 200;
    public const int MaxSourceLength = 1000;
    public const int MaxPerYear = 100;
    public static readonly DateOnly EarliestDeadline = new(2020, 1, 1);
    public static readonly DateOnly LatestDeadline = new(2035, 12, 31);

    public static TargetRuleViolation? Check(Target target, TargetContext plan) =>
        Require(target.Key.Length <= MaxKeyLength && TargetKey().IsMatch(target.Key), "key", "target.key-invalid", Format(ProcessPlanTexts.TargetKeyInvalid, MaxKeyLength))
        ?? Require(IsText(target.Description, MaxDescriptionLength), "description", "target.description-invalid", Format(ProcessPlanTexts.TargetDescriptionInvalid, MaxDescriptionLength))
        ?? Require(IsText(target.Source, MaxSourceLength), "source", "target.source-invalid", Format(ProcessPlanTexts.TargetSourceInvalid, MaxSourceLength))
        ?? Require(Enum.IsDefined(target.Kind), "kind", "target.kind-invalid", Format(ProcessPlanTexts.TargetKindInvalid, target.Kind))
        ?? (target.Kind == TargetKind.Deadline ? CheckDeadline(target) : CheckYearly(target, plan));

    private static TargetRuleViolation? CheckDeadline(Target target) =>
        Require(target.Deadline is { } deadline && deadline >= EarliestDeadline && deadline <= LatestDeadline, "deadline", "target.deadline-invalid",
            Format(ProcessPlanTexts.TargetDeadlineInvalid, EarliestDeadline, LatestDeadline));

    private static TargetRuleViolation? CheckYearly(Target target, TargetContext plan) =>
        Require(target.MinimumPerYear is > 0 and <= MaxPerYear, "minimumPerYear", "target.minimum-invalid", Format(ProcessPlanTexts.TargetMinimumInvalid, MaxPerYear))
        ?? Require(target.Years.Count > 0, "years", "target.years-required", ProcessPlanTexts.TargetYearsRequired)
        ?? target.Years.Where(y => y < plan.PeriodFrom || y > plan.PeriodTo)
            .Select(y => new TargetRuleViolation("years", new DomainError("target.year-outside-plan", Format(ProcessPlanTexts.TargetYearOutsidePlan, y))))
            .FirstOrDefault()
        ?? Require(target.ActionKind is { } kind && plan.ActionKinds.Contains(kind), "actionKind", "target.action-kind-invalid",
            Format(ProcessPlanTexts.TargetActionKindInvalid, target.ActionKind))
        ?? Require(target.Kind != TargetKind.Coverage || plan.NamedClusters > 0, "kind", "target.no-clusters", ProcessPlanTexts.TargetNoClusters);

    private static TargetRuleViolation? Require(bool holds, string field, string code, string message) =>
        holds ? null : new TargetRuleViolation(field, new DomainError(code, message));

    private static bool IsText(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength;

    private static string Format(string template, params object?[] values) =>
        string.Format(CultureInfo.GetCultureInfo("sv-SE"), template, values);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TargetKey();
}
