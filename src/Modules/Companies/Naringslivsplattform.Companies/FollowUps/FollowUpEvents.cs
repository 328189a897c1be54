namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>An event of a follow-up's stream: what a rule answers when it may decide one of several.</summary>
internal interface IFollowUpEvent
{
    Guid FollowUpId { get; }
}

/// <param name="VisitId">The company visit the issue came up at, when it did; checked only for the company so far.</param>
/// <param name="QuestionKey">The visit's question the issue answers, when it does.</param>
/// <param name="SourceNote">Where the issue came from when it was not a visit.</param>
/// <param name="Owner">The official who follows it up, preferably by the platform's user name.</param>
internal sealed record FollowUpOpened(
    Guid FollowUpId, Guid CompanyId, Guid? VisitId, string? QuestionKey, string? SourceNote, string Need, FollowUpCategory Category, string Owner, DateOnly OpenedOn, DateOnly DueOn)
    : IFollowUpEvent;

internal sealed record FollowUpUpdated(Guid FollowUpId, string Need, FollowUpCategory Category, DateOnly DueOn) : IFollowUpEvent;

internal sealed record FollowUpReassigned(Guid FollowUpId, string Owner) : IFollowUpEvent;

/// <summary>The issue is dealt with; the company is yet to hear back.</summary>
internal sealed record FollowUpResolved(Guid FollowUpId, string Outcome, DateOnly ResolvedOn) : IFollowUpEvent;

/// <summary>The company was told (återkoppling), on a day, with what it was told when that was noted.</summary>
internal sealed record FeedbackGiven(Guid FollowUpId, DateOnly GivenOn, string? Note) : IFollowUpEvent;

/// <param name="FeedbackOn">The day the company heard back: given in the close, or earlier.</param>
internal sealed record FollowUpClosed(Guid FollowUpId, string Outcome, DateOnly ClosedOn, DateOnly FeedbackOn, string? Feedback) : IFollowUpEvent;

internal sealed record FollowUpReopened(Guid FollowUpId, DateOnly ReopenedOn) : IFollowUpEvent;

internal static class FollowUpEventTypes
{
    public static readonly Type[] All =
    [
        typeof(FollowUpOpened), typeof(FollowUpUpdated), typeof(FollowUpReassigned), typeof(FollowUpResolved), typeof(FeedbackGiven),
        typeof(FollowUpClosed), typeof(FollowUpReopened),
    ];
}
