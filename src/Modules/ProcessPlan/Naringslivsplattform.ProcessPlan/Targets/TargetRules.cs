using System.Text.RegularExpressions;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>A broken target rule and the field (as named in JSON) it is about.</summary>
internal sealed record TargetRuleViolation(string Field, DomainError Error);

/// <summary>What a target is checked against: the plan's period, its named clusters and the action kinds there are.</summary>
internal sealed record TargetContext(int PeriodFrom, int PeriodTo, int NamedClusters, IReadOnlySet<string> ActionKinds);

/// <summary>
/// The rules every target obeys, whether a seed file or a planner sets it: one set of rules, so a
/// target the product accepts from one is never refused from the other. Planners set and withdraw targets
/// with <see cref="Set"/> and <see cref="Withdraw"/>. Pure: (plan, request) → the events to append (none when the
/// plan already says so), or why nothing may be appended. Limits: docs/targets.md.
/// </summary>
internal static partial class TargetRules
{
    public const int MaxKeyLength = 60;
    public const int MaxDescriptionLength = 200;
    public const int MaxSourceLength = 1000;
    public const int MaxPerYear = 100;
    public static readonly DateOnly EarliestDeadline = new(2020, 1, 1);
    public static readonly DateOnly LatestDeadline = new(2035, 12, 31);

    public static Outcome<IReadOnlyList<TargetSet>> Set(Plan plan, string key, SetTargetRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ActivityCode))
        {
            return new DomainError("target.activity-required", ProcessPlanTexts.TargetActivityRequired);
        }

        if (!ActivityCode.TryParse(request.ActivityCode, out var code) || plan.FindActivity(code.Value) is null)
        {
            return new DomainError("target.unknown-activity", SwedishFormat.Format(ProcessPlanTexts.ActivityNotFound, request.ActivityCode));
        }

        if (request.Kind is not { } kind)
        {
            return new DomainError("target.kind-invalid", SwedishFormat.Format(ProcessPlanTexts.TargetKindInvalid, ""));
        }

        var yearly = kind != TargetKind.Deadline;
        var target = new Target(
            key, code.Value, kind, request.Description?.Trim() ?? "", yearly ? request.ActionKind?.Trim() : null, yearly ? request.MinimumPerYear : null,
            yearly ? [.. (request.Years ?? []).Distinct().Order()] : [], yearly ? null : request.Deadline, request.Source?.Trim() ?? "");
        if (Check(target, ContextOf(plan)) is { } violation)
        {
            return violation.Error;
        }

        return plan.Targets.Find(t => t.Key == key) switch
        {
            { } existing when existing.ActivityCode != target.ActivityCode => new DomainError(
                "target.key-taken", SwedishFormat.Format(ProcessPlanTexts.TargetKeyTaken, key, existing.ActivityCode), StatusCodes.Status409Conflict),
            { } existing when existing.IsSameAs(target) => new Outcome<IReadOnlyList<TargetSet>>([]),
            _ => new Outcome<IReadOnlyList<TargetSet>>([new TargetSet(plan.Id, target)]),
        };
    }

    public static Outcome<IReadOnlyList<TargetWithdrawn>> Withdraw(Plan plan, string key) =>
        plan.Targets.Exists(t => t.Key == key)
            ? new Outcome<IReadOnlyList<TargetWithdrawn>>([new TargetWithdrawn(plan.Id, key)])
            : new DomainError("target.not-found", ProcessPlanTexts.TargetNotFound, StatusCodes.Status404NotFound);

    /// <summary>What a plan's targets are checked against; a seed is checked against what its file says.</summary>
    public static TargetContext ContextOf(Plan plan) => ContextOf(plan.Header.PeriodFrom, plan.Header.PeriodTo, plan.Clusters.Count);

    public static TargetContext ContextOf(int periodFrom, int periodTo, int namedClusters) =>
        new(periodFrom, periodTo, namedClusters, PlanActionKinds.Countable.ToHashSet(StringComparer.Ordinal));

    public static TargetRuleViolation? Check(Target target, TargetContext plan) =>
        Require(target.Key.Length <= MaxKeyLength && TargetKey().IsMatch(target.Key), "key", "target.key-invalid", SwedishFormat.Format(ProcessPlanTexts.TargetKeyInvalid, MaxKeyLength))
        ?? Require(IsText(target.Description, MaxDescriptionLength), "description", "target.description-invalid", SwedishFormat.Format(ProcessPlanTexts.TargetDescriptionInvalid, MaxDescriptionLength))
        ?? Require(IsText(target.Source, MaxSourceLength), "source", "target.source-invalid", SwedishFormat.Format(ProcessPlanTexts.TargetSourceInvalid, MaxSourceLength))
        ?? Require(Enum.IsDefined(target.Kind), "kind", "target.kind-invalid", SwedishFormat.Format(ProcessPlanTexts.TargetKindInvalid, target.Kind))
        ?? (target.Kind == TargetKind.Deadline ? CheckDeadline(target) : CheckYearly(target, plan));

    private static TargetRuleViolation? CheckDeadline(Target target) =>
        Require(target.Deadline is { } deadline && deadline >= EarliestDeadline && deadline <= LatestDeadline, "deadline", "target.deadline-invalid",
            SwedishFormat.Format(ProcessPlanTexts.TargetDeadlineInvalid, EarliestDeadline, LatestDeadline));

    private static TargetRuleViolation? CheckYearly(Target target, TargetContext plan) =>
        Require(target.MinimumPerYear is > 0 and <= MaxPerYear, "minimumPerYear", "target.minimum-invalid", SwedishFormat.Format(ProcessPlanTexts.TargetMinimumInvalid, MaxPerYear))
        ?? Require(target.Years.Count > 0, "years", "target.years-required", ProcessPlanTexts.TargetYearsRequired)
        ?? target.Years.Where(y => y < plan.PeriodFrom || y > plan.PeriodTo)
            .Select(y => new TargetRuleViolation("years", new DomainError("target.year-outside-plan", SwedishFormat.Format(ProcessPlanTexts.TargetYearOutsidePlan, y))))
            .FirstOrDefault()
        ?? Require(target.ActionKind is { } kind && plan.ActionKinds.Contains(kind), "actionKind", "target.action-kind-invalid",
            SwedishFormat.Format(ProcessPlanTexts.TargetActionKindInvalid, target.ActionKind))
        ?? Require(target.Kind != TargetKind.Coverage || plan.NamedClusters > 0, "kind", "target.no-clusters", ProcessPlanTexts.TargetNoClusters);

    private static TargetRuleViolation? Require(bool holds, string field, string code, string message) =>
        holds ? null : new TargetRuleViolation(field, new DomainError(code, message));

    private static bool IsText(string? text, int maxLength) => !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TargetKey();
}
