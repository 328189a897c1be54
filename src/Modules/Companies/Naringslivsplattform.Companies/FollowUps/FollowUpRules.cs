using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.FollowUps;

/// <summary>
/// The follow-up rules. Pure: (state, request, today) → the event to append, or why nothing may be appended.
/// The lifecycle is documented in docs/companies.md.
/// </summary>
internal static class FollowUpRules
{
    public const int MaxTextLength = 2000;
    public const int MaxOwnerLength = 200;
    public const int MaxQuestionKeyLength = 100;

    /// <summary>
    /// A follow-up opened from a visit names a visit to the same company, and one opened from an answer names a question
    /// the company answered on that visit.
    /// </summary>
    /// <param name="visit">The visit the follow-up names, when it names one and it exists.</param>
    public static DomainError? CheckSource(FollowUpOpened opened, CompanyVisit? visit) =>
        opened.VisitId is null ? null
        : visit is null || visit.CompanyId != opened.CompanyId ? new DomainError("follow-up.unknown-visit", CompaniesTexts.FollowUpUnknownVisit)
        : opened.QuestionKey is { } key && visit.Answers.All(a => a.QuestionKey != key) ? new DomainError("follow-up.unknown-answer", CompaniesTexts.FollowUpUnknownAnswer)
        : null;

    /// <param name="companyExists">Whether the company is in the caller's municipality's register.</param>
    public static Outcome<FollowUpOpened> Open(Guid followUpId, OpenFollowUpRequest request, bool companyExists, DateOnly today)
    {
        if (request.CompanyId is not { } companyId || !companyExists)
        {
            return new DomainError("follow-up.unknown-company", CompaniesTexts.FollowUpUnknownCompany);
        }

        var questionKey = TextInput.TrimmedOrNull(request.QuestionKey);
        if (questionKey is not null && (request.VisitId is null || questionKey.Length > MaxQuestionKeyLength))
        {
            return new DomainError("follow-up.question-without-visit", SwedishFormat.Format(CompaniesTexts.FollowUpQuestionWithoutVisit, MaxQuestionKeyLength));
        }

        var openedOn = request.OpenedOn ?? today;
        if (openedOn > today)
        {
            return new DomainError("follow-up.opened-in-future", CompaniesTexts.FollowUpOpenedInFuture);
        }

        var details = CheckDetails(followUpId, request.Need, request.Category, request.DueOn, openedOn);
        if (details.Value is not { } valid)
        {
            return details.Error!;
        }

        var owner = CheckOwner(request.Owner);
        if (owner.Value is not { } validOwner)
        {
            return owner.Error!;
        }

        var note = CheckText(request.SourceNote);
        return note.Error is { } tooLong
            ? tooLong
            : new FollowUpOpened(followUpId, companyId, request.VisitId, questionKey, note.Value, valid.Need, valid.Category, validOwner, openedOn, valid.DueOn);
    }

    public static Outcome<FollowUpUpdated> Update(FollowUp followUp, UpdateFollowUpRequest request) =>
        IfNotClosed(followUp) is { } closed ? closed : CheckDetails(followUp.Id, request.Need, request.Category, request.DueOn, followUp.OpenedOn);

    public static Outcome<FollowUpReassigned> Reassign(FollowUp followUp, ReassignFollowUpRequest request)
    {
        if (IfNotClosed(followUp) is { } closed)
        {
            return closed;
        }

        var owner = CheckOwner(request.Owner);
        return owner.Value is { } valid ? new FollowUpReassigned(followUp.Id, valid) : owner.Error!;
    }

    public static Outcome<FollowUpResolved> Resolve(FollowUp followUp, ResolveFollowUpRequest request, DateOnly today)
    {
        if (IfNotClosed(followUp) is { } closed)
        {
            return closed;
        }

        if (followUp.Status == FollowUpStatus.AwaitingFeedback)
        {
            return new DomainError("follow-up.already-resolved", CompaniesTexts.FollowUpAlreadyResolved, StatusCodes.Status409Conflict);
        }

        var outcome = CheckOutcome(request.Outcome);
        if (outcome.Value is not { } valid)
        {
            return outcome.Error!;
        }

        var resolvedOn = request.ResolvedOn ?? today;
        return CheckDay(followUp, resolvedOn, today) is { } badDay ? badDay : new FollowUpResolved(followUp.Id, valid, resolvedOn);
    }

    /// <summary>
    /// The company heard back. On a follow-up awaiting feedback this closes it, with the outcome it was resolved with
    /// and the feedback day as the day it closed: nothing is left to do.
    /// </summary>
    public static Outcome<IFollowUpEvent> GiveFeedback(FollowUp followUp, GiveFeedbackRequest request, DateOnly today)
    {
        if (IfNotClosed(followUp) is { } closed)
        {
            return closed;
        }

        if (CheckFeedback(followUp, request.GivenOn, today) is { } invalid)
        {
            return invalid;
        }

        var note = CheckText(request.Note);
        if (note.Error is { } tooLong)
        {
            return tooLong;
        }

        var givenOn = request.GivenOn!.Value;
        return new Outcome<IFollowUpEvent>(followUp is { Status: FollowUpStatus.AwaitingFeedback, Outcome: { } outcome }
            ? new FollowUpClosed(followUp.Id, outcome, givenOn, givenOn, note.Value)
            : new FeedbackGiven(followUp.Id, givenOn, note.Value));
    }

    public static Outcome<FollowUpClosed> Close(FollowUp followUp, CloseFollowUpRequest request, DateOnly today)
    {
        if (IfNotClosed(followUp) is { } closed)
        {
            return closed;
        }

        var outcome = CheckOutcome(TextInput.TrimmedOrNull(request.Outcome) ?? followUp.Outcome);
        if (outcome.Value is not { } validOutcome)
        {
            return outcome.Error!;
        }

        var closedOn = request.ClosedOn ?? today;
        if (CheckDay(followUp, closedOn, today) is { } badDay)
        {
            return badDay;
        }

        if (request.FeedbackOn is not null && CheckFeedback(followUp, request.FeedbackOn, today) is { } invalid)
        {
            return invalid;
        }

        if ((request.FeedbackOn ?? followUp.FeedbackOn) is not { } feedbackOn)
        {
            return FeedbackDateRequired();
        }

        var feedback = CheckText(request.Feedback);
        return feedback.Error is { } tooLong
            ? tooLong
            : new FollowUpClosed(followUp.Id, validOutcome, closedOn, feedbackOn, request.FeedbackOn is null ? followUp.Feedback : feedback.Value);
    }

    public static Outcome<FollowUpReopened> Reopen(FollowUp followUp, DateOnly today) =>
        followUp.Status == FollowUpStatus.Open
            ? new DomainError("follow-up.not-closed", CompaniesTexts.FollowUpNotClosed, StatusCodes.Status409Conflict)
            : new FollowUpReopened(followUp.Id, today);

    private static Outcome<FollowUpUpdated> CheckDetails(Guid followUpId, string? need, string? category, DateOnly? dueOn, DateOnly openedOn)
    {
        var text = need?.Trim() ?? "";
        if (text.Length is 0 or > MaxTextLength)
        {
            return new DomainError("follow-up.need-required", SwedishFormat.Format(CompaniesTexts.FollowUpNeedRequired, MaxTextLength));
        }

        if (FollowUpCategories.Parse(category) is not { } known)
        {
            return UnknownCategory();
        }

        if (dueOn is not { } due)
        {
            return new DomainError("follow-up.due-required", CompaniesTexts.FollowUpDueRequired);
        }

        return due < openedOn
            ? new DomainError("follow-up.due-before-opened", SwedishFormat.Format(CompaniesTexts.FollowUpDueBeforeOpened, openedOn))
            : new FollowUpUpdated(followUpId, text, known, due);
    }

    private static Outcome<string> CheckOwner(string? owner) =>
        owner?.Trim() is { Length: > 0 and <= MaxOwnerLength } valid
            ? valid
            : new DomainError("follow-up.owner-required", SwedishFormat.Format(CompaniesTexts.FollowUpOwnerRequired, MaxOwnerLength));

    private static Outcome<string> CheckOutcome(string? outcome) =>
        TextInput.TrimmedOrNull(outcome) is not { } text
            ? new DomainError("follow-up.outcome-required", CompaniesTexts.FollowUpOutcomeRequired)
            : text.Length > MaxTextLength ? TextTooLong() : text;

    /// <summary>An optional text: null when blank.</summary>
    private static Outcome<string?> CheckText(string? text) =>
        TextInput.TrimmedOrNull(text) is { Length: > MaxTextLength } ? TextTooLong() : new Outcome<string?>(TextInput.TrimmedOrNull(text));

    private static DomainError? CheckFeedback(FollowUp followUp, DateOnly? givenOn, DateOnly today) => givenOn switch
    {
        null => FeedbackDateRequired(),
        { } day when day > today => new DomainError("follow-up.feedback-in-future", CompaniesTexts.FollowUpFeedbackInFuture),
        { } day when day < followUp.OpenedOn => DateBeforeOpened(followUp),
        _ => null,
    };

    /// <summary>A day something happened to the follow-up: not before it was opened, not after today.</summary>
    private static DomainError? CheckDay(FollowUp followUp, DateOnly day, DateOnly today) =>
        day > today ? new DomainError("follow-up.date-in-future", CompaniesTexts.FollowUpDateInFuture)
        : day < followUp.OpenedOn ? DateBeforeOpened(followUp)
        : null;

    private static DomainError? IfNotClosed(FollowUp followUp) =>
        followUp.Status == FollowUpStatus.Closed ? new DomainError("follow-up.closed", CompaniesTexts.FollowUpClosed, StatusCodes.Status409Conflict) : null;

    public static DomainError UnknownCategory() =>
        new("follow-up.unknown-category", SwedishFormat.Format(CompaniesTexts.FollowUpUnknownCategory, string.Join(", ", FollowUpCategories.All)));

    private static DomainError FeedbackDateRequired() => new("follow-up.feedback-date-required", CompaniesTexts.FollowUpFeedbackDateRequired);

    private static DomainError DateBeforeOpened(FollowUp followUp) =>
        new("follow-up.date-before-opened", SwedishFormat.Format(CompaniesTexts.FollowUpDateBeforeOpened, followUp.OpenedOn));

    private static DomainError TextTooLong() => new("follow-up.text-too-long", SwedishFormat.Format(CompaniesTexts.FollowUpTextTooLong, MaxTextLength));
}
