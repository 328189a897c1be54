using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>A target as a planner asks for it; which fields count depends on the kind.</summary>
internal sealed record SetTargetRequest(
    string? ActivityCode, TargetKind? Kind, string? Description, string? ActionKind, int? MinimumPerYear, IReadOnlyList<int>? Years, DateOnly? Deadline, string? Source);

/// <summary>
/// Planners set and withdraw the plan's targets. Pure: (plan, request) → the events to append (none when the
/// plan already says so), or why nothing may be appended. The rules are the seed's (<see cref="TargetRules"/>).
/// </summary>
internal static class TargetDecisions
{
    public static Outcome<object[]> Set(Plan plan, string key, SetTargetRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ActivityCode))
        {
            return new DomainError("target.activity-required", ProcessPlanTexts.TargetActivityRequired);
        }

        if (!ActivityCode.TryParse(request.ActivityCode, out var code) || plan.FindActivity(code.Value) is null)
        {
            return new DomainError("target.unknown-activity", Format(ProcessPlanTexts.ActivityNotFound, request.ActivityCode));
        }

        if (request.Kind is not { } kind)
        {
            return new DomainError("target.kind-invalid", Format(ProcessPlanTexts.TargetKindInvalid, ""));
        }

        var yearly = kind != TargetKind.Deadline;
        var target = new Target(
            key, code.Value, kind, request.Description?.Trim() ?? "", yearly ? request.ActionKind?.Trim() : null, yearly ? request.MinimumPerYear : null,
            yearly ? [.. (request.Years ?? []).Distinct().Order()] : [], yearly ? null : request.Deadline, request.Source?.Trim() ?? "");
        if (TargetRules.Check(target, ContextOf(plan)) is { } violation)
        {
            return violation.Error;
        }

        return plan.Targets.Find(t => t.Key == key) switch
        {
            { } existing when existing.ActivityCode != target.ActivityCode => new DomainError(
                "target.key-taken", Format(ProcessPlanTexts.TargetKeyTaken, key, existing.ActivityCode), StatusCodes.Status409Conflict),
            { } existing when existing.IsSameAs(target) => Array.Empty<object>(),
            _ => new object[] { new TargetSet(plan.Id, target) },
        };
    }

    public static Outcome<object[]> Withdraw(Plan plan, string key) =>
        plan.Targets.Exists(t => t.Key == key)
            ? new object[] { new TargetWithdrawn(plan.Id, key) }
            : new DomainError("target.not-found", ProcessPlanTexts.TargetNotFound, StatusCodes.Status404NotFound);

    private static string Format(string template, params object?[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values);

    public static TargetContext ContextOf(Plan plan) =>
        new(plan.Header.PeriodFrom, plan.Header.PeriodTo, plan.Clusters.Count, PlanActionKinds.Countable.ToHashSet(StringComparer.Ordinal));
}
