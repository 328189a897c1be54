using System.Globalization;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Resources;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.History;

/// <summary>What the Companies module's events mean, in one Swedish sentence each, for every history panel and endpoint.</summary>
internal sealed class CompanyEventDescriptions : IEventDescriptions
{
    private static readonly Dictionary<Type, Func<object, string>> ByType = new()
    {
        [typeof(CompanyRegistered)] = Of<CompanyRegistered>(e => Format(CompaniesTexts.HistoryCompanyRegistered, e.Name, e.Locality)),
        [typeof(CompanyDetailsChanged)] = Of<CompanyDetailsChanged>(e => Format(CompaniesTexts.HistoryCompanyDetailsChanged, e.Name, e.Locality)),
        [typeof(ContactPersonAdded)] = Of<ContactPersonAdded>(_ => CompaniesTexts.HistoryContactAdded),
        [typeof(ContactPersonChanged)] = Of<ContactPersonChanged>(_ => CompaniesTexts.HistoryContactChanged),
        [typeof(ContactPersonRemoved)] = Of<ContactPersonRemoved>(_ => CompaniesTexts.HistoryContactRemoved),
        [typeof(CompanyVisitPlanned)] = Of<CompanyVisitPlanned>(e => Format(CompaniesTexts.HistoryVisitPlanned, e.CompanyName, e.PlannedOn)),
        [typeof(CompanyVisitRescheduled)] = Of<CompanyVisitRescheduled>(e => Format(CompaniesTexts.HistoryVisitRescheduled, e.PlannedOn)),
        [typeof(CompanyVisitCompleted)] = Of<CompanyVisitCompleted>(e => Format(CompaniesTexts.HistoryVisitCompleted, e.HeldOn, e.Answers.Count)),
        [typeof(CompanyVisitCancelled)] = Of<CompanyVisitCancelled>(e => Format(CompaniesTexts.HistoryVisitCancelled, e.Reason)),
        [typeof(FollowUpOpened)] = Of<FollowUpOpened>(e => Format(CompaniesTexts.HistoryFollowUpOpened, e.Owner, e.DueOn)),
        [typeof(FollowUpUpdated)] = Of<FollowUpUpdated>(e => Format(CompaniesTexts.HistoryFollowUpUpdated, e.DueOn)),
        [typeof(FollowUpReassigned)] = Of<FollowUpReassigned>(e => Format(CompaniesTexts.HistoryFollowUpReassigned, e.Owner)),
        [typeof(FollowUpResolved)] = Of<FollowUpResolved>(e => Format(CompaniesTexts.HistoryFollowUpResolved, e.ResolvedOn)),
        [typeof(FeedbackGiven)] = Of<FeedbackGiven>(e => Format(CompaniesTexts.HistoryFeedbackGiven, e.GivenOn)),
        [typeof(FollowUpClosed)] = Of<FollowUpClosed>(e => Format(CompaniesTexts.HistoryFollowUpClosed, e.ClosedOn, e.FeedbackOn)),
        [typeof(FollowUpReopened)] = Of<FollowUpReopened>(e => Format(CompaniesTexts.HistoryFollowUpReopened, e.ReopenedOn)),
    };

    public string? Describe(object data) => ByType.TryGetValue(data.GetType(), out var describe) ? describe(data) : null;

    private static Func<object, string> Of<TEvent>(Func<TEvent, string> describe) => data => describe((TEvent)data);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.GetCultureInfo("sv-SE"), template, values);
}
