using JasperFx.Events;
using Naringslivsplattform.BuildingBlocks.History;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>One event in the audit log: where it sits, what it was, who appended it when, under which correlation.</summary>
/// <param name="Module">The stable name of the module that owns the event type (filter value), null when none does.</param>
internal sealed record AuditEntry(
    long Sequence,
    Guid StreamId,
    long Version,
    string EventType,
    string? Module,
    string Description,
    DateTimeOffset Timestamp,
    string? UserName,
    string? CorrelationId,
    string? CausationId);

internal static class AuditEvents
{
    /// <summary>
    /// The filter as SQL over <c>mt_events</c>: user name, type and timestamp are columns Marten queries directly,
    /// so neither filtering nor paging loads events that are not shown.
    /// </summary>
    public static IQueryable<IEvent> Matching(this IQueryable<IEvent> events, AuditFilter filter)
    {
        if (filter.User is { } user)
        {
            events = events.Where(e => e.UserName == user);
        }

        if (filter.EventTypes is { } types)
        {
            var names = types.ToArray();
            events = events.Where(e => names.Contains(e.EventTypeName));
        }

        if (filter.After is { } after)
        {
            events = events.Where(e => e.Timestamp > after);
        }

        if (filter.Until is { } until)
        {
            events = events.Where(e => e.Timestamp <= until);
        }

        return events;
    }

    public static AuditEntry ToEntry(this IEvent e, AuditCatalog catalog, IEnumerable<IEventDescriptions> descriptions) => new(
        e.Sequence, e.StreamId, e.Version, e.EventTypeName, catalog.EventType(e.EventTypeName)?.Module, StreamHistory.Describe(descriptions, e.Data),
        e.Timestamp, e.UserName, e.CorrelationId, e.CausationId);
}
