using JasperFx.Events;
using Marten.Events;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.FollowUps;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.Records;

/// <summary>The register, the visits and the follow-ups (with their dated status steps) as they stood at an instant.</summary>
internal sealed record CompanyStreamsAt(IReadOnlyList<Company> Companies, IReadOnlyList<CompanyVisit> Visits, IReadOnlyList<FollowUpHistory> FollowUps);

/// <summary>
/// The module's streams rebuilt from the events appended up to an instant, by Marten's own aggregator (the same
/// Create/Apply the snapshots use), so a past instant is read by the live rules: the snapshots hold only the latest
/// state. Masked (erased) events still fold: they keep the ids the streams need.
/// </summary>
internal static class CompanyStreamsAsOf
{
    /// <summary>Every event type read here: the company (erasures included), visit and follow-up streams'.</summary>
    public static readonly Type[] EventTypes = [.. CompanyEventTypes.All, .. CompanyVisitEventTypes.All, .. FollowUpEventTypes.All];

    public static async Task<CompanyStreamsAt> ReadAsync(IQuerySession session, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= until && e.EventTypesAre(EventTypes))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return await FoldAsync(session, events, cancellationToken);
    }

    /// <summary>The events (in append order) folded into each kind of state; a stream that does not start one is left out of it.</summary>
    public static async Task<CompanyStreamsAt> FoldAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken cancellationToken) =>
        new(
            await session.FoldStreamsAsync<Company>(events, cancellationToken),
            await session.FoldStreamsAsync<CompanyVisit>(events, cancellationToken),
            await session.FoldStreamsAsync<FollowUpHistory>(events, cancellationToken));
}
