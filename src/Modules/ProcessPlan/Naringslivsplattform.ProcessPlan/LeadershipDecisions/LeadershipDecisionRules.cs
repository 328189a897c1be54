using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

/// <summary>
/// The leadership decision lifecycle: needed → requested → approved or rejected, or withdrawn before it
/// is decided. Pure decisions: (state, command, today) → the event to append, or why nothing may be
/// appended. A decision is recorded only after its request, so every decision shows when and to whom
/// it was put. Limits are documented in docs/decisions.md.
/// </summary>
internal static class LeadershipDecisionRules
{
    public const int LeadershipCategory = 3;
    public const int MaxSubjectLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>Room for any diary's own format ("KS 2023/123", "KF 2024.045-1"); not checked further.</summary>
    public const int MaxDiarienummerLength = 50;

    public static readonly DateOnly EarliestDate = new(2020, 1, 1);
    public static readonly DateOnly LatestDate = new(2035, 12, 31);

    public static Outcome<DecisionNeedRecorded> RecordNeed(Plan plan, Guid decisionId, RecordDecisionNeedRequest command)
    {
        if (!ActivityCode.TryParse(command.ActivityCode, out var code) || plan.FindActivity(code.Value) is not { } activity)
        {
            return new DomainError("decision.unknown-activity", SwedishFormat.Format(ProcessPlanTexts.DecisionUnknownActivity, command.ActivityCode ?? ""));
        }

        if (activity.Category != LeadershipCategory)
        {
            return new DomainError("decision.activity-not-leadership", SwedishFormat.Format(ProcessPlanTexts.DecisionActivityNotLeadership, activity.Code));
        }

        if (CheckText(command.Subject, MaxSubjectLength, "decision.subject-invalid", ProcessPlanTexts.DecisionSubjectInvalid) is { } badSubject)
        {
            return badSubject;
        }

        if ((command.NeededBy ?? DefaultNeededBy(plan, activity)) is not { } neededBy)
        {
            return new DomainError("decision.needed-by-required", ProcessPlanTexts.DecisionNeededByRequired);
        }

        return CheckDate(neededBy) ?? (Outcome<DecisionNeedRecorded>)new DecisionNeedRecorded(decisionId, plan.Id, activity.Code, command.Subject!.Trim(), neededBy);
    }

    /// <summary>When nothing is said: the activity's (earliest) deadline, else the end of its timeframe.</summary>
    public static DateOnly? DefaultNeededBy(Plan plan, PlanActivity activity) =>
        plan.Targets.Where(t => t.ActivityCode == activity.Code && t.Kind == TargetKind.Deadline && t.Deadline is not null).Min(t => t.Deadline)
        ?? activity.Timeframe.To;

    public static Outcome<DecisionRequested> Request(LeadershipDecision decision, RequestDecisionRequest command)
    {
        if ((CheckAwaiting(decision) ?? (decision.State == DecisionState.Requested ? Conflict("decision.already-requested", ProcessPlanTexts.DecisionAlreadyRequested) : null)) is { } refused)
        {
            return refused;
        }

        return CheckBody(command.Body)
            ?? CheckDay(command.RequestedOn)
            ?? CheckDiarienummer(command.Diarienummer, required: false)
            ?? (Outcome<DecisionRequested>)new DecisionRequested(decision.Id, command.Body!.Value, command.RequestedOn!.Value, TextInput.TrimmedOrNull(command.Diarienummer));
    }

    public static Outcome<DecisionMade> Decide(LeadershipDecision decision, MakeDecisionRequest command, DateOnly today)
    {
        if ((CheckAwaiting(decision) ?? (decision.State == DecisionState.Needed ? Conflict("decision.not-requested", ProcessPlanTexts.DecisionNotRequested) : null)) is { } refused)
        {
            return refused;
        }

        return CheckBody(command.Body)
            ?? CheckDay(command.DecidedOn)
            ?? (command.DecidedOn > today ? new DomainError("decision.decided-in-future", ProcessPlanTexts.DecisionDecidedInFuture) : null)
            ?? (command.DecidedOn < decision.RequestedOn
                ? new DomainError("decision.decided-before-request", SwedishFormat.Format(ProcessPlanTexts.DecisionDecidedBeforeRequest, decision.RequestedOn!.Value))
                : null)
            ?? CheckDiarienummer(command.Diarienummer, required: command.Body != DecisionBody.Ledningsgruppen)
            ?? CheckText(command.Text, MaxTextLength, "decision.text-invalid", ProcessPlanTexts.DecisionTextInvalid)
            ?? (command.Verdict is not { } verdict || !Enum.IsDefined(verdict) ? new DomainError("decision.verdict-invalid", ProcessPlanTexts.DecisionVerdictInvalid) : null)
            ?? (Outcome<DecisionMade>)new DecisionMade(
                decision.Id, command.DecidedOn!.Value, command.Body!.Value, TextInput.TrimmedOrNull(command.Diarienummer), command.Text!.Trim(), command.Verdict!.Value);
    }

    public static Outcome<DecisionNeedWithdrawn> Withdraw(LeadershipDecision decision, WithdrawDecisionNeedRequest command) =>
        CheckAwaiting(decision)
        ?? CheckText(command.Reason, MaxTextLength, "decision.reason-required", ProcessPlanTexts.DecisionReasonRequired)
        ?? (Outcome<DecisionNeedWithdrawn>)new DecisionNeedWithdrawn(decision.Id, command.Reason!.Trim());

    private static DomainError? CheckAwaiting(LeadershipDecision decision) => decision.State switch
    {
        DecisionState.Approved or DecisionState.Rejected => Conflict("decision.already-decided", ProcessPlanTexts.DecisionAlreadyDecided),
        DecisionState.Withdrawn => Conflict("decision.withdrawn", ProcessPlanTexts.DecisionWithdrawn),
        _ => null,
    };

    private static DomainError Conflict(string code, string message) => new(code, message, StatusCodes.Status409Conflict);

    private static DomainError? CheckBody(DecisionBody? body) =>
        body is not { } value || !Enum.IsDefined(value) ? new DomainError("decision.body-invalid", ProcessPlanTexts.DecisionBodyInvalid) : null;

    private static DomainError? CheckDay(DateOnly? day) =>
        day is not { } value ? new DomainError("decision.date-required", ProcessPlanTexts.DecisionDateRequired) : CheckDate(value);

    private static DomainError? CheckDate(DateOnly date) =>
        date < EarliestDate || date > LatestDate
            ? new DomainError("decision.date-out-of-range", SwedishFormat.Format(ProcessPlanTexts.DecisionDateOutOfRange, EarliestDate, LatestDate))
            : null;

    private static DomainError? CheckDiarienummer(string? diarienummer, bool required) =>
        string.IsNullOrWhiteSpace(diarienummer)
            ? required ? new DomainError("decision.diarienummer-required", ProcessPlanTexts.DecisionDiarienummerRequired) : null
            : diarienummer.Trim().Length > MaxDiarienummerLength
                ? new DomainError("decision.diarienummer-invalid", SwedishFormat.Format(ProcessPlanTexts.DecisionDiarienummerInvalid, MaxDiarienummerLength))
                : null;

    private static DomainError? CheckText(string? text, int maxLength, string code, string message) =>
        TextInput.Required(text, maxLength, new DomainError(code, message));
}
