using Marten;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.BuildingBlocks.Writing;

/// <summary>
/// Something a new stream holds alone, stored in the same unit of work as its first event: an organisation number in the
/// municipality, say. The store's unique key on it decides a race between two creates.
/// </summary>
public interface IStreamClaim<in TEvent>
{
    /// <summary>Null when the claim is free; else why the stream may not start (another stream holds it).</summary>
    Task<DomainError?> CheckAsync(IQuerySession session, TEvent first, CancellationToken cancellationToken);

    void Store(IDocumentSession session, TEvent first);

    /// <summary>What a create that lost the race to another stream is told.</summary>
    DomainError Taken(TEvent first);
}

/// <summary>
/// The one place a stream is created. Without a key every create starts a new stream; with one, the stream the key
/// derives is started once, and every retry — sequential or racing the first — gets that stream as stored, marked as a
/// replay, or <see cref="IdempotencyKeys.Reused"/> when it asked for something else.
/// </summary>
public static class StreamStarts
{
    /// <param name="decide">The stream's first event for its id (pure rules), or why nothing may be created.</param>
    /// <param name="claim">What the stream holds alone, if anything.</param>
    public static async Task<Outcome<Started<TState>>> StartOnceAsync<TState, TEvent>(
        this IDocumentSession session, StreamToStart stream, Func<Guid, Outcome<TEvent>> decide, CancellationToken cancellationToken,
        IStreamClaim<TEvent>? claim = null)
        where TState : class
        where TEvent : class
    {
        var decision = decide(stream.Id);
        if (decision.Value is not { } first)
        {
            return decision.Error!;
        }

        if (stream.Keyed && await session.Events.FetchStreamStateAsync(stream.Id, cancellationToken) is not null)
        {
            return await ReplayAsync<TState>(session, stream.Id, first, cancellationToken);
        }

        if (claim is not null)
        {
            if (await claim.CheckAsync(session, first, cancellationToken) is { } taken)
            {
                return taken;
            }

            claim.Store(session, first);
        }

        var started = session.Events.StartStream<TState>(stream.Id, first);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (StoreConflicts.IsConflict(exception) && (stream.Keyed || claim is not null))
        {
            // A concurrent create got there first: the same key's first request (a replay), or another stream's claim.
            return stream.Keyed && await session.Events.FetchStreamStateAsync(stream.Id, cancellationToken) is not null
                ? await ReplayAsync<TState>(session, stream.Id, first, cancellationToken)
                : claim?.Taken(first) ?? IdempotencyKeys.Reused;
        }

        var state = await session.AggregatorFor<TState>().BuildAsync(started.Events, session, null!, cancellationToken)
            ?? throw new InvalidOperationException($"{typeof(TEvent).Name} does not start a {typeof(TState).Name}.");
        return new Started<TState>(state, started.Events.Count, Replayed: false);
    }

    /// <summary>The stream an earlier request with the same key started, as stored, when it began with the same event.</summary>
    private static async Task<Outcome<Started<TState>>> ReplayAsync<TState>(IDocumentSession session, Guid streamId, object first, CancellationToken cancellationToken)
        where TState : class
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        if (!Equals(events[0].Data, first))
        {
            return IdempotencyKeys.Reused;
        }

        var stored = await session.LoadAsync<TState>(streamId, cancellationToken)
            ?? await session.AggregatorFor<TState>().BuildAsync(events, session, null!, cancellationToken)
            ?? throw new InvalidOperationException($"The stream {streamId} does not make a {typeof(TState).Name}.");
        return new Started<TState>(stored, events[^1].Version, Replayed: true);
    }
}
