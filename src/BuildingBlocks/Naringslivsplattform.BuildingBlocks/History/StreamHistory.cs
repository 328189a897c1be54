using System.Text.Json;
using Marten;

namespace Naringslivsplattform.BuildingBlocks.History;

/// <summary>One event of a stream as the history shows it: what happened, when, by whom, under which correlation.</summary>
/// <param name="EventType">Marten's stable event type name, e.g. <c>action_rescheduled</c>.</param>
/// <param name="Description">One Swedish sentence from the module that owns the event.</param>
/// <param name="Data">The event as stored.</param>
public sealed record HistoryEntry(
    long Version,
    long Sequence,
    string EventType,
    string Description,
    DateTimeOffset Timestamp,
    string? UserName,
    string? CorrelationId,
    string? CausationId,
    JsonElement Data);

/// <summary>What a module's events mean, in one Swedish sentence each; every module registers one in the container.</summary>
public interface IEventDescriptions
{
    /// <returns>Null for an event the module does not own.</returns>
    string? Describe(object data);
}

/// <summary>The history of any stream, read the same way for every module's pages and endpoints.</summary>
public static class StreamHistory
{
    /// <summary>Every event of the stream of an aggregate of <paramref name="aggregateType"/>, oldest first.</summary>
    /// <returns>Null when there is no such stream, or it builds another kind of aggregate.</returns>
    public static async Task<IReadOnlyList<HistoryEntry>?> ReadAsync(
        IQuerySession session, Guid streamId, Type aggregateType, IEnumerable<IEventDescriptions> descriptions, CancellationToken cancellationToken)
    {
        // The stream's aggregate type keeps a plan's id from answering as an action's, and the other way round.
        if (await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is not { } state || state.AggregateType != aggregateType)
        {
            return null;
        }

        return await ReadAnyAsync(session, streamId, descriptions, cancellationToken);
    }

    /// <summary>Every event of any stream, whatever it builds, oldest first (empty when there is no such stream): the audit's view.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> ReadAnyAsync(
        IQuerySession session, Guid streamId, IEnumerable<IEventDescriptions> descriptions, CancellationToken cancellationToken)
    {
        var describers = descriptions.ToList();
        var serializer = session.DocumentStore.Options.Serializer();
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        return [.. events.Select(e => new HistoryEntry(
            e.Version, e.Sequence, e.EventTypeName, Describe(describers, e.Data), e.Timestamp, e.UserName, e.CorrelationId, e.CausationId,
            JsonSerializer.Deserialize<JsonElement>(serializer.ToJson(e.Data))))];
    }

    /// <summary>The Swedish sentence of the module that owns the event, or "Händelse av typen …" when none does.</summary>
    public static string Describe(IEnumerable<IEventDescriptions> describers, object data) =>
        describers.Select(d => d.Describe(data)).FirstOrDefault(text => text is not null)
        ?? Texts.SwedishFormat.Format(Resources.SharedTexts.HistoryOtherEvent, data.GetType().Name);
}
