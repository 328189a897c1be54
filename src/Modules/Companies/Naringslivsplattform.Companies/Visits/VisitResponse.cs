using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>A company visit as the API and the pages show it, with the stream version a change must be based on.</summary>
internal sealed record VisitResponse(
    Guid Id,
    long Version,
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
    string? CancelReason) : IVersionedResponse
{
    public static VisitResponse Of(Versioned<CompanyVisit> visit) => Of(visit.Value, visit.Version);

    public static VisitResponse Of(CompanyVisit visit, long version) =>
        new(visit.Id, version, visit.CompanyId, visit.CompanyName, visit.Locality, visit.PlanId, visit.PlannedOn, visit.Visitors, visit.Purpose, visit.Status,
            visit.HeldOn, visit.Questionnaire, visit.Answers, visit.Notes, visit.CancelReason);
}
