using JasperFx;
using JasperFx.Events;
using Marten;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.BuildingBlocks.Writing;

/// <summary>
/// The one place a change to an existing stream is written. Optimistic concurrency: the change is decided from the stream
/// at the version the caller read, and appended only onto that version; whoever loses a race gets the stale error, and
/// nothing of theirs is stored.
/// </summary>
public static class StreamChanges
{
    /// <summary>Decides one event from the current state and appends it.</summary>
    public static Task<Outcome<Versioned<TState>>> ChangeAsync<TState, TEvent>(
        this IDocumentSession session, Guid streamId, long expectedVersion, StreamErrors errors, Func<TState, Outcome<TEvent>> decide,
        CancellationToken cancellationToken)
        where TState : class
        where TEvent : class =>
        session.ChangeManyAsync<TState, TEvent>(streamId, expectedVersion, errors, state => decide(state).Map(change => (IReadOnlyList<TEvent>)[change]), cancellationToken);

    /// <summary>Decides any number of events from the current state (none: nothing to do, the state is the answer) and appends them.</summary>
    public static async Task<Outcome<Versioned<TState>>> ChangeManyAsync<TState, TEvent>(
        this IDocumentSession session, Guid streamId, long expectedVersion, StreamErrors errors, Func<TState, Outcome<IReadOnlyList<TEvent>>> decide,
        CancellationToken cancellationToken)
        where TState : class
        where TEvent : class
    {
        var fetched = await session.FetchAtVersionAsync<TState>(streamId, expectedVersion, errors, cancellationToken);
        if (fetched.Value is not { Aggregate: { } state } stream)
        {
            return fetched.Error!;
        }

        var decision = decide(state);
        if (decision.Value is not { } changes)
        {
            return decision.Error!;
        }

        if (changes.Count == 0)
        {
            return new Versioned<TState>(state, expectedVersion);
        }

        stream.AppendMany(changes);
        if (await session.SaveOrConflictAsync(errors.Stale, cancellationToken) is { } stale)
        {
            return stale;
        }

        var changed = await session.AggregatorFor<TState>().BuildAsync(stream.Events, session, state, cancellationToken);
        return new Versioned<TState>(changed ?? state, expectedVersion + changes.Count);
    }

    /// <summary>
    /// The stream at <paramref name="expectedVersion"/>, ready for appending; the not-found error when there is no such
    /// stream, the stale one when it has moved on. For a handler that appends to more than the one stream.
    /// </summary>
    public static async Task<Outcome<IEventStream<TState>>> FetchAtVersionAsync<TState>(
        this IDocumentSession session, Guid streamId, long expectedVersion, StreamErrors errors, CancellationToken cancellationToken)
        where TState : class
    {
        try
        {
            var stream = await session.Events.FetchForWriting<TState>(streamId, expectedVersion, cancellationToken);
            return stream.Aggregate is null ? errors.NotFound : new Outcome<IEventStream<TState>>(stream);
        }
        catch (ConcurrencyException)
        {
            return await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is null ? errors.NotFound : errors.Stale;
        }
    }

    /// <summary>Saves the unit of work; when another writer got there first, nothing is stored and <paramref name="conflict"/> is the answer.</summary>
    public static async Task<DomainError?> SaveOrConflictAsync(this IDocumentSession session, DomainError conflict, CancellationToken cancellationToken) =>
        await session.TrySaveChangesAsync(cancellationToken) ? null : conflict;

    /// <summary>Saves the unit of work; false, with nothing stored, when another writer got there first.</summary>
    public static async Task<bool> TrySaveChangesAsync(this IDocumentSession session, CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (StoreConflicts.IsConflict(exception))
        {
            return false;
        }
    }

    /// <summary>A stream's stored state with the version a change must be based on; null when there is none.</summary>
    public static async Task<Versioned<TState>?> LoadVersionedAsync<TState>(this IQuerySession session, Guid streamId, CancellationToken cancellationToken)
        where TState : class =>
        await session.LoadAsync<TState>(streamId, cancellationToken) is { } state
        && await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is { } stream
            ? new Versioned<TState>(state, stream.Version)
            : null;
}
