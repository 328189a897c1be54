using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>Who makes a visit: officials (tjänstepersoner) and politicians, as activity 1.3 asks for both.</summary>
internal enum VisitorRole
{
    Official,
    Politician,
}

/// <summary>A visitor; the name is personal data.</summary>
internal sealed record Visitor(string Name, VisitorRole Role);

/// <summary>The questionnaire version a visit's answers belong to; kept with the visit forever.</summary>
internal sealed record VisitQuestionnaire(Guid QuestionnaireId, int Version, string Title);

internal enum VisitStatus
{
    Planned,
    Completed,
    Cancelled,
}

/// <summary>A company visit as its own stream has built it (inline snapshot).</summary>
internal sealed record CompanyVisit(
    Guid Id,
    Guid CompanyId,
    string CompanyName,
    string Locality,
    Guid? PlanId,
    DateOnly PlannedOn,
    IReadOnlyList<Visitor> Visitors,
    string? Purpose,
    VisitStatus Status,
    DateOnly? HeldOn,
    VisitQuestionnaire? Questionnaire,
    IReadOnlyList<QuestionAnswer> Answers,
    string? Notes,
    string? CancelReason)
{
    /// <summary>The day the visit sorts and counts by: when it was held once completed, else when it is planned.</summary>
    public DateOnly Date => HeldOn ?? PlannedOn;

    public static CompanyVisit Create(CompanyVisitPlanned planned) =>
        new(planned.VisitId, planned.CompanyId, planned.CompanyName, planned.Locality, planned.PlanId, planned.PlannedOn, planned.Visitors, planned.Purpose,
            VisitStatus.Planned, null, null, [], null, null);

    public CompanyVisit Apply(CompanyVisitRescheduled rescheduled) => this with { PlannedOn = rescheduled.PlannedOn, Visitors = rescheduled.Visitors };

    public CompanyVisit Apply(CompanyVisitCompleted completed) =>
        this with
        {
            Status = VisitStatus.Completed,
            HeldOn = completed.HeldOn,
            Visitors = completed.Visitors,
            Questionnaire = completed.Questionnaire,
            Answers = completed.Answers,
            Notes = completed.Notes,
        };

    public CompanyVisit Apply(CompanyVisitCancelled cancelled) => this with { Status = VisitStatus.Cancelled, CancelReason = cancelled.Reason };
}
