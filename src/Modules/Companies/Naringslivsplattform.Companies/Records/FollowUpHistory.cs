using Naringslivsplattform.Companies.FollowUps;

namespace Naringslivsplattform.Companies.Records;

/// <summary>A follow-up's status from a day on: the day it was opened, resolved, closed or reopened.</summary>
internal sealed record FollowUpStep(DateOnly On, FollowUpStatus Status);

/// <summary>
/// A follow-up as its events built it (<paramref name="Now"/>), and the days its status changed on, in the order they
/// were recorded. The snapshot forgets a closing once reopened; the steps keep it, so the status on a past day is known.
/// </summary>
internal sealed record FollowUpHistory(FollowUp Now, IReadOnlyList<FollowUpStep> Steps)
{
    public static FollowUpHistory Start(FollowUp opened) => new(opened, [new(opened.OpenedOn, opened.Status)]);

    public FollowUpHistory Then(FollowUp next, DateOnly on) => new(next, [.. Steps, new(on, next.Status)]);

    /// <summary>
    /// The status on a day: set by the last change, in the order recorded, dated on or before it; null before the day it
    /// was opened. A change recorded later but dated earlier (a closing entered afterwards) wins over what came before it.
    /// </summary>
    public FollowUpStatus? StatusOn(DateOnly day) => Steps.LastOrDefault(s => s.On <= day)?.Status;
}
