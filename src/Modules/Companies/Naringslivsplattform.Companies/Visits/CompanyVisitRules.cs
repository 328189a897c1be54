using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>
/// The rules of a company visit. Pure: (state, request, today, what the company register and questionnaires say) → the
/// event to append, or why nothing may be appended. Limits are documented in docs/companies.md.
/// </summary>
internal static class CompanyVisitRules
{
    public const int MaxVisitors = 20;
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 4000;
    public const int MaxReasonLength = 500;

    /// <summary>How far ahead a visit can be planned.</summary>
    public const int MaxYearsAhead = 3;

    public static Outcome<CompanyVisitPlanned> Plan(Guid visitId, PlanVisitRequest request, Company? company, Guid? planId, DateOnly today)
    {
        if (company is null)
        {
            return new DomainError("visit.unknown-company", CompaniesTexts.VisitUnknownCompany);
        }

        if (CheckDay(request.PlannedOn, "visit.planned-on-invalid", today) is { } dayError)
        {
            return dayError;
        }

        var visitors = CheckVisitors(request.Visitors);
        if (visitors.Value is not { } valid)
        {
            return visitors.Error!;
        }

        return CheckText(request.Purpose, MaxTextLength, "visit.purpose-too-long", CompaniesTexts.VisitPurposeTooLong) is { } purposeError
            ? purposeError
            : new CompanyVisitPlanned(visitId, company.Id, company.Name, company.Locality, planId, request.PlannedOn!.Value, valid, TextInput.TrimmedOrNull(request.Purpose));
    }

    public static Outcome<CompanyVisitRescheduled> Reschedule(CompanyVisit visit, RescheduleVisitRequest request, DateOnly today)
    {
        if (MustBePlanned(visit) is { } stateError)
        {
            return stateError;
        }

        if (CheckDay(request.PlannedOn, "visit.planned-on-invalid", today) is { } dayError)
        {
            return dayError;
        }

        var visitors = request.Visitors is null ? new Outcome<IReadOnlyList<Visitor>>(visit.Visitors) : CheckVisitors(request.Visitors);
        if (visitors.Value is not { } valid)
        {
            return visitors.Error!;
        }

        return CheckText(request.Reason, MaxReasonLength, "visit.reason-too-long", CompaniesTexts.VisitReasonTooLong) is { } reasonError
            ? reasonError
            : new CompanyVisitRescheduled(visit.Id, request.PlannedOn!.Value, valid, TextInput.TrimmedOrNull(request.Reason));
    }

    /// <param name="questionnaire">The version named in the request, when one was named and found.</param>
    public static Outcome<CompanyVisitCompleted> Complete(CompanyVisit visit, CompleteVisitRequest request, Questionnaire? questionnaire, DateOnly today)
    {
        if (MustBePlanned(visit) is { } stateError)
        {
            return stateError;
        }

        if (request.HeldOn is not { } heldOn)
        {
            return new DomainError("visit.held-on-required", CompaniesTexts.VisitHeldOnRequired);
        }

        if (heldOn > today)
        {
            return new DomainError("visit.held-on-in-future", CompaniesTexts.VisitHeldOnInFuture);
        }

        var visitors = request.Visitors is null ? new Outcome<IReadOnlyList<Visitor>>(visit.Visitors) : CheckVisitors(request.Visitors);
        if (visitors.Value is not { } valid)
        {
            return visitors.Error!;
        }

        if (CheckText(request.Notes, MaxTextLength, "visit.notes-too-long", CompaniesTexts.VisitNotesTooLong) is { } notesError)
        {
            return notesError;
        }

        var answered = CheckAnswers(request, questionnaire);
        return answered.Error is { } answerError
            ? answerError
            : new CompanyVisitCompleted(visit.Id, heldOn, valid, answered.Value.Questionnaire, answered.Value.Answers, TextInput.TrimmedOrNull(request.Notes));
    }

    public static Outcome<CompanyVisitCancelled> Cancel(CompanyVisit visit, CancelVisitRequest request)
    {
        if (MustBePlanned(visit) is { } stateError)
        {
            return stateError;
        }

        var reason = request.Reason?.Trim() ?? "";
        return reason.Length is 0 or > MaxReasonLength
            ? new DomainError("visit.cancel-reason-required", SwedishFormat.Format(CompaniesTexts.VisitCancelReasonRequired, MaxReasonLength))
            : new CompanyVisitCancelled(visit.Id, reason);
    }

    private static Outcome<(VisitQuestionnaire? Questionnaire, IReadOnlyList<QuestionAnswer> Answers)> CheckAnswers(CompleteVisitRequest request, Questionnaire? questionnaire)
    {
        var answers = request.Answers ?? [];
        if (request.QuestionnaireId is null)
        {
            return answers.Count == 0
                ? (null, answers)
                : new DomainError("visit.answers-without-questionnaire", CompaniesTexts.VisitAnswersWithoutQuestionnaire);
        }

        var version = request.QuestionnaireVersion is { } number ? questionnaire?.Version(number) : questionnaire?.Latest;
        if (version is null)
        {
            return new DomainError("visit.unknown-questionnaire", CompaniesTexts.VisitUnknownQuestionnaire);
        }

        return QuestionnaireAnswers.Check(version, answers) is { } misfit
            ? misfit
            : (new VisitQuestionnaire(version.QuestionnaireId, version.Version, version.Title), answers);
    }

    private static DomainError? MustBePlanned(CompanyVisit visit) => visit.Status switch
    {
        VisitStatus.Completed => new DomainError("visit.already-completed", CompaniesTexts.VisitAlreadyCompleted, StatusCodes.Status409Conflict),
        VisitStatus.Cancelled => new DomainError("visit.already-cancelled", CompaniesTexts.VisitAlreadyCancelled, StatusCodes.Status409Conflict),
        _ => null,
    };

    private static DomainError? CheckDay(DateOnly? day, string code, DateOnly today) =>
        day is { } value && value.Year >= 2000 && value <= today.AddYears(MaxYearsAhead)
            ? null
            : new DomainError(code, SwedishFormat.Format(CompaniesTexts.VisitPlannedOnInvalid, MaxYearsAhead));

    private static Outcome<IReadOnlyList<Visitor>> CheckVisitors(IReadOnlyList<VisitorRequest>? requested)
    {
        if (requested is not { Count: > 0 and <= MaxVisitors })
        {
            return new DomainError("visit.visitors-required", SwedishFormat.Format(CompaniesTexts.VisitVisitorsRequired, MaxVisitors));
        }

        var visitors = new List<Visitor>();
        foreach (var visitor in requested)
        {
            var name = visitor.Name?.Trim() ?? "";
            if (name.Length is 0 or > MaxNameLength)
            {
                return new DomainError("visit.visitor-name-invalid", SwedishFormat.Format(CompaniesTexts.VisitVisitorNameInvalid, MaxNameLength));
            }

            if (!Enum.TryParse<VisitorRole>(visitor.Role?.Trim(), ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                return new DomainError("visit.visitor-role-invalid", SwedishFormat.Format(CompaniesTexts.VisitVisitorRoleInvalid, name));
            }

            visitors.Add(new Visitor(name, role));
        }

        return visitors.DistinctBy(v => v.Name, StringComparer.OrdinalIgnoreCase).Count() == visitors.Count
            ? visitors
            : new DomainError("visit.visitor-duplicate", CompaniesTexts.VisitVisitorDuplicate);
    }

    private static DomainError? CheckText(string? text, int maxLength, string code, string message) =>
        TextInput.Optional(text?.Trim(), maxLength, new DomainError(code, SwedishFormat.Format(message, maxLength)));

}
