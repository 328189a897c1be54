using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.FollowUps;

/// <param name="CategoryName">The category in Swedish, as users read it.</param>
/// <param name="Overdue">Open past its due date, as of today in Sweden.</param>
internal sealed record FollowUpResponse(
    Guid Id,
    Guid CompanyId,
    string? CompanyName,
    Guid? VisitId,
    string? QuestionKey,
    string? SourceNote,
    string Need,
    FollowUpCategory Category,
    string CategoryName,
    string Owner,
    DateOnly OpenedOn,
    DateOnly DueOn,
    FollowUpStatus Status,
    bool Overdue,
    DateOnly? ResolvedOn,
    string? Outcome,
    DateOnly? FeedbackOn,
    string? Feedback,
    DateOnly? ClosedOn,
    long Version) : IVersionedResponse
{
    public static FollowUpResponse Of(FollowUp followUp, string? companyName, long version, DateOnly today) =>
        new(followUp.Id, followUp.CompanyId, companyName, followUp.VisitId, followUp.QuestionKey, followUp.SourceNote, followUp.Need, followUp.Category,
            FollowUpCategories.Name(followUp.Category), followUp.Owner, followUp.OpenedOn, followUp.DueOn, followUp.Status, followUp.IsOverdue(today),
            followUp.ResolvedOn, followUp.Outcome, followUp.FeedbackOn, followUp.Feedback, followUp.ClosedOn, version);

    /// <summary>The follow-up with its company's name as registered now (null when the company is gone), or the same refusal.</summary>
    public static async Task<Outcome<FollowUpResponse>> OfAsync(IQuerySession session, Outcome<Versioned<FollowUp>> followUp, DateOnly today, CancellationToken cancellationToken)
    {
        if (followUp.Value is not { } found)
        {
            return followUp.Error!;
        }

        var company = await session.LoadAsync<Company>(found.Value.CompanyId, cancellationToken);
        return Of(found.Value, company?.Name, found.Version, today);
    }
}
