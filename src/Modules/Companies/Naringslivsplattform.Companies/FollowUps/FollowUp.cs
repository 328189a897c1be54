namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>Where a follow-up stands; stored on the snapshot so lists can filter on it in the database.</summary>
internal enum FollowUpStatus
{
    /// <summary>Being worked on.</summary>
    Open,

    /// <summary>Dealt with (an outcome is recorded), but the company has not yet heard back about it.</summary>
    AwaitingFeedback,

    /// <summary>Dealt with and the company told.</summary>
    Closed,
}

/// <summary>
/// An issue a company raised (uppföljning), built from its own stream (inline snapshot). The source is the visit
/// (and its question) it came up at, or a free note.
/// </summary>
internal sealed record FollowUp(
    Guid Id,
    Guid CompanyId,
    Guid? VisitId,
    string? QuestionKey,
    string? SourceNote,
    string Need,
    FollowUpCategory Category,
    string Owner,
    DateOnly OpenedOn,
    DateOnly DueOn,
    FollowUpStatus Status,
    DateOnly? ResolvedOn,
    string? Outcome,
    DateOnly? FeedbackOn,
    string? Feedback,
    DateOnly? ClosedOn)
{
    public static FollowUp Create(FollowUpOpened opened) =>
        new(opened.FollowUpId, opened.CompanyId, opened.VisitId, opened.QuestionKey, opened.SourceNote, opened.Need, opened.Category, opened.Owner,
            opened.OpenedOn, opened.DueOn, FollowUpStatus.Open, null, null, null, null, null);

    /// <summary>Open past its due date; one awaiting feedback is done and counts as such, not as late.</summary>
    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Open && DueOn < today;

    public FollowUp Apply(FollowUpUpdated updated) => this with { Need = updated.Need, Category = updated.Category, DueOn = updated.DueOn };

    public FollowUp Apply(FollowUpReassigned reassigned) => this with { Owner = reassigned.Owner };

    public FollowUp Apply(FollowUpResolved resolved) =>
        this with { Status = FollowUpStatus.AwaitingFeedback, ResolvedOn = resolved.ResolvedOn, Outcome = resolved.Outcome };

    public FollowUp Apply(FeedbackGiven given) => this with { FeedbackOn = given.GivenOn, Feedback = given.Note };

    public FollowUp Apply(FollowUpClosed closed) =>
        this with { Status = FollowUpStatus.Closed, Outcome = closed.Outcome, ClosedOn = closed.ClosedOn, FeedbackOn = closed.FeedbackOn, Feedback = closed.Feedback };

    /// <summary>Back to work: the earlier outcome and feedback stay in the stream, and closing again needs both anew.</summary>
    public FollowUp Apply(FollowUpReopened reopened) =>
        this with { Status = FollowUpStatus.Open, ResolvedOn = null, Outcome = null, FeedbackOn = null, Feedback = null, ClosedOn = null };
}

internal static class FollowUpStatuses
{
    /// <summary>How users read a follow-up's state; an open one past its due date reads as late.</summary>
    public static string Name(FollowUpStatus status, bool overdue) => status switch
    {
        FollowUpStatus.Open when overdue => Resources.CompaniesTexts.FollowUpStatusOverdue,
        FollowUpStatus.Open => Resources.CompaniesTexts.FollowUpStatusOpen,
        FollowUpStatus.AwaitingFeedback => Resources.CompaniesTexts.FollowUpStatusAwaitingFeedback,
        _ => Resources.CompaniesTexts.FollowUpStatusClosed,
    };
}
