using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>
/// A company visit is planned. It serves activity 1.3 of the plan covering its day, and says so through the plan
/// contribution contract: the process plan's timeline and progress read it without this module writing their streams.
/// </summary>
/// <param name="PlanId">The plan whose activity 1.3 the visit serves; null when no plan covers the day.</param>
/// <param name="CompanyName">As registered when the visit was planned, for the timeline's title.</param>
/// <param name="Locality">The company's locality when the visit was planned, for coverage and the timeline.</param>
internal sealed record CompanyVisitPlanned(
    Guid VisitId, Guid CompanyId, string CompanyName, string Locality, Guid? PlanId, DateOnly PlannedOn, IReadOnlyList<Visitor> Visitors, string? Purpose)
    : IPlanContributionPlanned
{
    /// <summary>Företagsbesök inom alla branscher.</summary>
    public const string ServedActivity = "1.3";

    Guid IPlanContribution.ContributionId => VisitId;

    string IPlanContributionPlanned.ActivityCode => ServedActivity;

    string IPlanContributionPlanned.Kind => ContributionKinds.CompanyVisit;

    string IPlanContributionPlanned.Title => SwedishFormat.Format(CompaniesTexts.VisitTimelineTitle, CompanyName);

    string? IPlanContributionPlanned.Locality => Locality;

    string IPlanContributionPlanned.Responsible => string.Join(", ", Visitors.Select(v => v.Name));

    string IPlanContributionPlanned.Link => $"besok/{VisitId}";

    /// <summary>By value, visitors included, so a retried plan with the same Idempotency-Key is recognised as the same one.</summary>
    public bool Equals(CompanyVisitPlanned? other) =>
        other is not null
        && (VisitId, CompanyId, CompanyName, Locality, PlanId, PlannedOn, Purpose) == (other.VisitId, other.CompanyId, other.CompanyName, other.Locality, other.PlanId, other.PlannedOn, other.Purpose)
        && Visitors.SequenceEqual(other.Visitors);

    public override int GetHashCode() => HashCode.Combine(VisitId, CompanyId, PlannedOn, Visitors.Count);
}

internal sealed record CompanyVisitRescheduled(Guid VisitId, DateOnly PlannedOn, IReadOnlyList<Visitor> Visitors, string? Reason) : IPlanContributionRescheduled
{
    Guid IPlanContribution.ContributionId => VisitId;
}

/// <summary>The visit took place: who actually went, and what the company answered to one questionnaire version.</summary>
internal sealed record CompanyVisitCompleted(
    Guid VisitId, DateOnly HeldOn, IReadOnlyList<Visitor> Visitors, VisitQuestionnaire? Questionnaire, IReadOnlyList<QuestionAnswer> Answers, string? Notes)
    : IPlanContributionHeld
{
    Guid IPlanContribution.ContributionId => VisitId;
}

internal sealed record CompanyVisitCancelled(Guid VisitId, string Reason) : IPlanContributionCancelled
{
    Guid IPlanContribution.ContributionId => VisitId;
}

internal static class CompanyVisitEventTypes
{
    public static readonly Type[] All = [typeof(CompanyVisitPlanned), typeof(CompanyVisitRescheduled), typeof(CompanyVisitCompleted), typeof(CompanyVisitCancelled)];
}
