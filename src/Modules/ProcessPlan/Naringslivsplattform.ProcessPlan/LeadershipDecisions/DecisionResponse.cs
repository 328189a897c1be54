
namespace Naringslivsplattform.ProcessPlan.LeadershipDecisions;

internal sealed record DecisionResponse(
    Guid Id,
    Guid PlanId,
    string ActivityCode,
    string Subject,
    DateOnly NeededBy,
    DecisionState State,
    bool Overdue,
    DecisionBody? Body,
    DateOnly? RequestedOn,
    string? Diarienummer,
    DateOnly? DecidedOn,
    string? DecisionText,
    string? WithdrawalReason,
    long Version) : IVersionedResponse
{
    public static DecisionResponse Of(LeadershipDecision decision, long version, DateOnly today) =>
        new(decision.Id, decision.PlanId, decision.ActivityCode.ToString(), decision.Subject, decision.NeededBy, decision.State, decision.IsOverdue(today),
            decision.Body, decision.RequestedOn, decision.Diarienummer, decision.DecidedOn, decision.DecisionText, decision.WithdrawalReason, version);
}
