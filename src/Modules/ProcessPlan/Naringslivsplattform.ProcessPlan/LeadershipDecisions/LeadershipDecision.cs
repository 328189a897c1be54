using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

/// <summary>The body that is asked for, and makes, a leadership decision.</summary>
internal enum DecisionBody
{
    Kommunfullmaktige,
    Kommunstyrelsen,
    Ledningsgruppen,
}

internal static class DecisionBodies
{
    /// <summary>The body's Swedish name, as pages and the history show it; "–" for none yet.</summary>
    public static string Name(DecisionBody? body) => body switch
    {
        DecisionBody.Kommunfullmaktige => ProcessPlanTexts.DecisionBodyKommunfullmaktige,
        DecisionBody.Kommunstyrelsen => ProcessPlanTexts.DecisionBodyKommunstyrelsen,
        DecisionBody.Ledningsgruppen => ProcessPlanTexts.DecisionBodyLedningsgruppen,
        _ => ProcessPlanTexts.DecisionNone,
    };
}

internal enum DecisionVerdict
{
    Approved,
    Rejected,
}

internal enum DecisionState
{
    Needed,
    Requested,
    Approved,
    Rejected,
    Withdrawn,
}

/// <summary>
/// A decision (beslut) a category 3 activity needs from kommunfullmäktige, kommunstyrelsen or the
/// management group, built from its own stream: needed → requested → approved or rejected, or withdrawn.
/// </summary>
internal sealed record LeadershipDecision(
    Guid Id,
    Guid PlanId,
    ActivityCode ActivityCode,
    string Subject,
    DateOnly NeededBy,
    DecisionState State,
    DecisionBody? Body,
    DateOnly? RequestedOn,
    string? Diarienummer,
    DateOnly? DecidedOn,
    string? DecisionText,
    string? WithdrawalReason)
{
    /// <summary>Still waiting for a decision after the day it was needed by.</summary>
    public bool IsOverdue(DateOnly today) => State is DecisionState.Needed or DecisionState.Requested && NeededBy < today;

    public static LeadershipDecision Create(DecisionNeedRecorded recorded) =>
        new(recorded.DecisionId, recorded.PlanId, recorded.ActivityCode, recorded.Subject, recorded.NeededBy, DecisionState.Needed, null, null, null, null, null, null);

    public LeadershipDecision Apply(DecisionRequested requested) =>
        this with { State = DecisionState.Requested, Body = requested.Body, RequestedOn = requested.RequestedOn, Diarienummer = requested.Diarienummer };

    public LeadershipDecision Apply(DecisionMade made) =>
        this with
        {
            State = made.Verdict == DecisionVerdict.Approved ? DecisionState.Approved : DecisionState.Rejected,
            Body = made.Body,
            DecidedOn = made.DecidedOn,
            Diarienummer = made.Diarienummer ?? Diarienummer,
            DecisionText = made.Text,
        };

    public LeadershipDecision Apply(DecisionNeedWithdrawn withdrawn) =>
        this with { State = DecisionState.Withdrawn, WithdrawalReason = withdrawn.Reason };
}
