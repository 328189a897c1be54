using JasperFx.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Erasure;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Records;

/// <summary>
/// The module's streams rebuilt from their events (in append order) with the aggregates' own Create/Apply, so a
/// past instant is read by the live rules. Masked (erased) events still fold: they keep the ids the streams need.
/// </summary>
internal static class CompanyStreamsAsOf
{
    /// <summary>Every event type folded here: the company, visit and follow-up streams, erasures included.</summary>
    public static readonly Type[] EventTypes =
    [
        .. CompanyEventTypes.All, typeof(ContactPersonErased), typeof(PersonalIdentityNumberErased),
        .. CompanyVisitEventTypes.All,
        .. FollowUpEventTypes.All,
    ];

    public static IReadOnlyList<Company> Companies(IEnumerable<IEvent> events) => StreamsAsOf.Fold<Company>(events, Apply);

    public static IReadOnlyList<CompanyVisit> Visits(IEnumerable<IEvent> events) => StreamsAsOf.Fold<CompanyVisit>(events, Apply);

    public static IReadOnlyList<FollowUpHistory> FollowUps(IEnumerable<IEvent> events) => StreamsAsOf.Fold<FollowUpHistory>(events, Apply);

    private static Company? Apply(Company? company, object data) => (company, data) switch
    {
        (null, CompanyRegistered registered) => Company.Create(registered),
        ({ } current, CompanyDetailsChanged changed) => current.Apply(changed),
        ({ } current, ContactPersonAdded added) => current.Apply(added),
        ({ } current, ContactPersonChanged changed) => current.Apply(changed),
        ({ } current, ContactPersonRemoved removed) => current.Apply(removed),
        ({ } current, ContactPersonErased erased) => current.Apply(erased),
        ({ } current, PersonalIdentityNumberErased erased) => current.Apply(erased),
        _ => company,
    };

    private static CompanyVisit? Apply(CompanyVisit? visit, object data) => (visit, data) switch
    {
        (null, CompanyVisitPlanned planned) => CompanyVisit.Create(planned),
        ({ } current, CompanyVisitRescheduled rescheduled) => current.Apply(rescheduled),
        ({ } current, CompanyVisitCompleted completed) => current.Apply(completed),
        ({ } current, CompanyVisitCancelled cancelled) => current.Apply(cancelled),
        _ => visit,
    };

    /// <summary>The follow-up as its snapshot folds it, plus a dated step at every change of status.</summary>
    private static FollowUpHistory? Apply(FollowUpHistory? history, object data) => (history, data) switch
    {
        (null, FollowUpOpened opened) => FollowUpHistory.Start(FollowUp.Create(opened)),
        ({ } current, FollowUpUpdated updated) => current with { Now = current.Now.Apply(updated) },
        ({ } current, FollowUpReassigned reassigned) => current with { Now = current.Now.Apply(reassigned) },
        ({ } current, FeedbackGiven given) => current with { Now = current.Now.Apply(given) },
        ({ } current, FollowUpResolved resolved) => current.Then(current.Now.Apply(resolved), resolved.ResolvedOn),
        ({ } current, FollowUpClosed closed) => current.Then(current.Now.Apply(closed), closed.ClosedOn),
        ({ } current, FollowUpReopened reopened) => current.Then(current.Now.Apply(reopened), reopened.ReopenedOn),
        _ => history,
    };
}
