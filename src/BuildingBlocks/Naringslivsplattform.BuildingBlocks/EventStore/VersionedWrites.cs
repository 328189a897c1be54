using JasperFx;
using JasperFx.Events;
using Marten;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>Optimistic concurrency: a change is appended only onto the stream version the caller based it on.</summary>
public static class VersionedWrites
{
    /// <summary>
    /// The stream at <paramref name="expectedVersion"/>, ready for appending; <paramref name="notFound"/> when there is
    /// no such stream, <paramref name="stale"/> when it has moved on since the caller read it.
    /// </summary>
    public static async Task<Outcome<IEventStream<T>>> FetchAtVersionAsync<T>(
        this IDocumentSession session, Guid streamId, long expectedVersion, DomainError notFound, DomainError stale, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var stream = await session.Events.FetchForWriting<T>(streamId, expectedVersion, cancellationToken);
            return stream.Aggregate is null ? notFound : new Outcome<IEventStream<T>>(stream);
        }
        catch (ConcurrencyException)
        {
            return await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is null ? notFound : stale;
        }
    }

    /// <summary>
    /// A change based on the caller's version: fetches the stream at <paramref name="expectedVersion"/>, lets
    /// <paramref name="decide"/> choose the event from the current state, appends it and saves.
    /// </summary>
    /// <returns>The changed aggregate and its new version; the fetch's or the decision's error when nothing was appended.</returns>
    public static async Task<Outcome<(T Aggregate, long Version)>> DecideAndAppendAsync<T>(
        this IDocumentSession session, Guid streamId, long expectedVersion, DomainError notFound, DomainError stale, Func<T, Outcome<object>> decide,
        CancellationToken cancellationToken)
        where T : class
    {
        var fetched = await session.FetchAtVersionAsync<T>(streamId, expectedVersion, notFound, stale, cancellationToken);
        if (fetched.Value is not { Aggregate: { } aggregate } stream)
        {
            return fetched.Error!;
        }

        var decision = decide(aggregate);
        if (decision.Value is not { } change)
        {
            return decision.Error!;
        }

        stream.AppendOne(change);
        await session.SaveChangesAsync(cancellationToken);
        return (await session.Events.FetchLatest<T>(streamId, cancellationToken) ?? aggregate, expectedVersion + 1);
    }

    /// <summary>A stream's stored aggregate with the version a change must be based on; null when there is none.</summary>
    public static async Task<(T Document, long Version)?> LoadWithVersionAsync<T>(this IQuerySession session, Guid streamId, CancellationToken cancellationToken)
        where T : class =>
        await session.LoadAsync<T>(streamId, cancellationToken) is { } document
        && await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is { } state
            ? (document, state.Version)
            : null;
}
