using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Questionnaires;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Ui;

/// <summary>How the visit pages say statuses, roles, visitors, days and answers in Swedish.</summary>
internal static class VisitTexts
{
    public static string StatusName(VisitStatus status) => status switch
    {
        VisitStatus.Completed => CompaniesTexts.VisitUiStatusCompleted,
        VisitStatus.Cancelled => CompaniesTexts.VisitUiStatusCancelled,
        _ => CompaniesTexts.VisitUiStatusPlanned,
    };

    public static string RoleName(VisitorRole role) =>
        role == VisitorRole.Politician ? CompaniesTexts.VisitUiRolePolitician : CompaniesTexts.VisitUiRoleOfficial;

    /// <summary>"Anna Berg (tjänsteperson), Olle Ek (politiker)".</summary>
    public static string Visitors(IEnumerable<Visitor> visitors) => string.Join(", ", visitors.Select(v => $"{v.Name} ({RoleName(v.Role)})"));

    /// <summary>"Anna Berg (tjänsteperson) besökte företaget 2024-03-02", or "planerar att besöka" for a visit still to come.</summary>
    public static string Nearby(VisitSummary visit) =>
        SwedishFormat.Format(visit.Status == VisitStatus.Completed ? CompaniesTexts.VisitUiNearbyVisited : CompaniesTexts.VisitUiNearbyPlanned, Visitors(visit.Visitors), SwedishFormat.Day(visit.Date));

    public static string Answer(Question question, QuestionAnswer answer) => question.Type switch
    {
        QuestionType.Scale1To5 => SwedishFormat.Format(CompaniesTexts.VisitUiScaleAnswer, answer.Scale ?? 0),
        QuestionType.YesNo => answer.YesNo == true ? CompaniesTexts.VisitUiYes : CompaniesTexts.VisitUiNo,
        QuestionType.SingleChoice or QuestionType.MultipleChoice => string.Join(", ", answer.Choices ?? []),
        _ => answer.Text ?? "",
    };

    public static DateOnly? DateOf(DateTime? picked) => picked is { } date ? DateOnly.FromDateTime(date) : null;
}
