using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Actions;

/// <summary>
/// The action lifecycle: planned → rescheduled … → completed or cancelled. Pure decisions:
/// (state, command, today) → the events to append, or why nothing may be appended.
/// Limits are documented in docs/actions.md.
/// </summary>
internal static class PlanActionRules
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxLinks = 20;
    public static readonly DateOnly EarliestDate = new(2020, 1, 1);
    public static readonly DateOnly LatestDate = new(2035, 12, 31);

    public static Outcome<ActionPlanned> Plan(Plan plan, Guid actionId, PlanNewActionRequest command)
    {
        if (!ActivityCode.TryParse(command.ActivityCode, out var code) || plan.FindActivity(code.Value) is null)
        {
            return new DomainError("action.unknown-activity", SwedishFormat.Format(ProcessPlanTexts.ActionUnknownActivity, command.ActivityCode ?? ""));
        }

        if (command.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return new DomainError("action.kind-invalid", ProcessPlanTexts.ActionKindInvalid);
        }

        return CheckText(command.Title, MaxTitleLength, "action.title-invalid", ProcessPlanTexts.ActionTitleInvalid)
            ?? CheckText(command.ResponsibleOfficial, MaxTitleLength, "action.responsible-invalid", ProcessPlanTexts.ActionResponsibleInvalid)
            ?? CheckOptionalText(command.Description, MaxTextLength)
            ?? CheckOptionalText(command.Locality, MaxTitleLength)
            ?? CheckPeriod(command.PlannedFrom, command.PlannedTo)
            ?? CheckCluster(plan, kind, command.Cluster)
            ?? (Outcome<ActionPlanned>)new ActionPlanned(
                actionId, plan.Id, code.Value, kind, command.Title!.Trim(), command.PlannedFrom!.Value, command.PlannedTo ?? command.PlannedFrom.Value,
                command.Locality?.Trim(), command.ResponsibleOfficial!.Trim(), command.Description?.Trim(), NullIfBlank(command.Cluster));
    }

    public static Outcome<ActionRescheduled> Reschedule(PlanAction action, DateOnly? plannedFrom, DateOnly? plannedTo, string? reason) =>
        CheckStillPlanned(action)
        ?? CheckText(reason, MaxTextLength, "action.reason-required", ProcessPlanTexts.ActionReasonRequired)
        ?? CheckPeriod(plannedFrom, plannedTo)
        ?? (Outcome<ActionRescheduled>)new ActionRescheduled(action.Id, plannedFrom!.Value, plannedTo ?? plannedFrom.Value, reason!.Trim());

    public static Outcome<ActionCompleted> Complete(PlanAction action, CompleteActionRequest command, DateOnly today)
    {
        if (CheckStillPlanned(action) is { } notPlanned)
        {
            return notPlanned;
        }

        if (command.HeldOn is not { } heldOn)
        {
            return new DomainError("action.held-on-required", ProcessPlanTexts.ActionHeldOnRequired);
        }

        if (heldOn > today)
        {
            return new DomainError("action.held-in-future", ProcessPlanTexts.ActionHeldInFuture);
        }

        var participants = command.Participants ?? [];
        var links = command.Links ?? [];
        return CheckDate(heldOn)
            ?? CheckText(command.OutcomeSummary, MaxTextLength, "action.outcome-required", ProcessPlanTexts.ActionOutcomeRequired)
            ?? CheckOptionalText(command.Notes, MaxTextLength)
            ?? (participants.Any(p => string.IsNullOrWhiteSpace(p.Name) || p.Name.Length > MaxTitleLength || string.IsNullOrWhiteSpace(p.Role) || p.Role.Length > MaxTitleLength)
                ? new DomainError("action.participant-invalid", ProcessPlanTexts.ActionParticipantInvalid)
                : null)
            ?? (command.CompaniesAttending is < 0 or > 100_000 || command.PersonsAttending is < 0 or > 100_000
                ? new DomainError("action.count-invalid", ProcessPlanTexts.ActionCountInvalid)
                : null)
            ?? (links.Count > MaxLinks || links.Any(l => !Uri.TryCreate(l, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || l.Length > 2000)
                ? new DomainError("action.link-invalid", ProcessPlanTexts.ActionLinkInvalid)
                : null)
            ?? (Outcome<ActionCompleted>)new ActionCompleted(
                action.Id, heldOn, command.OutcomeSummary!.Trim(), [.. participants.Select(p => new Participant(p.Name.Trim(), p.Role.Trim()))],
                command.CompaniesAttending, command.PersonsAttending, command.Notes?.Trim(), [.. links]);
    }

    public static Outcome<ActionCancelled> Cancel(PlanAction action, string? reason) =>
        CheckStillPlanned(action)
        ?? CheckText(reason, MaxTextLength, "action.reason-required", ProcessPlanTexts.ActionReasonRequired)
        ?? (Outcome<ActionCancelled>)new ActionCancelled(action.Id, reason!.Trim());

    /// <summary>A cluster meeting names the cluster it met; any action may name one of the plan's clusters.</summary>
    private static DomainError? CheckCluster(Plan plan, PlanActionKind kind, string? cluster) =>
        NullIfBlank(cluster) is not { } name
            ? kind == PlanActionKind.ClusterMeeting ? new DomainError("action.cluster-required", ProcessPlanTexts.ActionClusterRequired) : null
            : plan.Clusters.Any(c => c.Name == name)
                ? null
                : new DomainError("action.unknown-cluster", SwedishFormat.Format(ProcessPlanTexts.ActionUnknownCluster, name, string.Join(", ", plan.Clusters.Select(c => c.Name))));

    private static string? NullIfBlank(string? text) => TextInput.TrimmedOrNull(text);

    private static DomainError? CheckStillPlanned(PlanAction action) => action.Status switch
    {
        PlanActionStatus.Completed => new DomainError("action.already-completed", ProcessPlanTexts.ActionAlreadyCompleted, 409),
        PlanActionStatus.Cancelled => new DomainError("action.cancelled", ProcessPlanTexts.ActionCancelled, 409),
        _ => null,
    };

    private static DomainError? CheckPeriod(DateOnly? from, DateOnly? to) =>
        from is not { } start
            ? new DomainError("action.date-required", ProcessPlanTexts.ActionDateRequired)
            : CheckDate(start) ?? (to is { } end ? CheckDate(end) ?? (end < start ? new DomainError("action.period-backwards", ProcessPlanTexts.ActionPeriodBackwards) : null) : null);

    private static DomainError? CheckDate(DateOnly date) =>
        date < EarliestDate || date > LatestDate
            ? new DomainError("action.date-out-of-range", SwedishFormat.Format(ProcessPlanTexts.ActionDateOutOfRange, EarliestDate, LatestDate))
            : null;

    private static DomainError? CheckText(string? text, int maxLength, string code, string message) =>
        TextInput.Required(text, maxLength, new DomainError(code, message));

    private static DomainError? CheckOptionalText(string? text, int maxLength) =>
        TextInput.Optional(text, maxLength, new DomainError("action.text-too-long", SwedishFormat.Format(ProcessPlanTexts.ActionTextTooLong, maxLength)));
}
