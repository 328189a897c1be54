using Naringslivsplattform.Companies.FollowUps;

namespace Naringslivsplattform.Companies.Records;

/// <summary>A follow-up's status from a day on: the day it was opened, resolved, closed or reopened.</summary>
internal sealed record FollowUpStep(DateOnly On, FollowUpStatus Status);

/// <summary>
/// A follow-up as its events built it (<paramref name="Now"/>), and the days its status changed on, in the order they
/// were recorded. The snapshot forgets a closing once reopened; the steps keep it, so the status on a past day is known.
/// Folded by Marten's aggregator from the follow-up's own events, each applied to <see cref="Now"/> by the follow-up's
/// own Apply, so the two cannot drift apart.
/// </summary>
internal sealed record FollowUpHistory(FollowUp Now, IReadOnlyList<FollowUpStep> Steps)
{
    /// <summary>The follow-up's; without an identity Marten's source generator makes no fold for the type at all, nor stores it.</summary>
    public Guid Id { get; init; } = Now.Id;

    public static FollowUpHistory Create(FollowUpOpened opened)
    {
        var followUp = FollowUp.Create(opened);
        return new(followUp, [new(followUp.OpenedOn, followUp.Status)]);
    }

    public FollowUpHistory Apply(FollowUpUpdated updated) => this with { Now = Now.Apply(updated) };

    public FollowUpHistory Apply(FollowUpReassigned reassigned) => this with { Now = Now.Apply(reassigned) };

    public FollowUpHistory Apply(FeedbackGiven given) => this with { Now = Now.Apply(given) };

    public FollowUpHistory Apply(FollowUpResolved resolved) => Then(Now.Apply(resolved), resolved.ResolvedOn);

    public FollowUpHistory Apply(FollowUpClosed closed) => Then(Now.Apply(closed), closed.ClosedOn);

    public FollowUpHistory Apply(FollowUpReopened reopened) => Then(Now.Apply(reopened), reopened.ReopenedOn);

    /// <summary>
    /// The status on a day: set by the last change, in the order recorded, dated on or before it; null before the day it
    /// was opened. A change recorded later but dated earlier (a closing entered afterwards) wins over what came before it.
    /// </summary>
    public FollowUpStatus? StatusOn(DateOnly day) => Steps.LastOrDefault(s => s.On <= day)?.Status;

    private FollowUpHistory Then(FollowUp next, DateOnly on) => new(next, [.. Steps, new(on, next.Status)]);
}
