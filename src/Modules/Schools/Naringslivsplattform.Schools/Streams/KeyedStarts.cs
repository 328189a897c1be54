using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.Schools.Streams;

/// <summary>How the module's creates start a stream: with an Idempotency-Key a retry gets what the first request started.</summary>
internal static class KeyedStarts
{
    /// <summary>A new stream's id: derived from the caller and the key when one is given, else a new sortable id.</summary>
    /// <param name="scope">What the stream is created under, one per kind of stream.</param>
    public static Guid StreamIdFor(IDocumentSession session, OperationContext operation, Guid scope, string? key) =>
        key is null ? Guid.CreateVersion7() : IdempotentStarts.StreamIdFor(scope, $"{session.TenantId}/{operation.UserName}", key);

    /// <summary>Starts the stream with <paramref name="first"/> (or finds the one a retry started) and answers with it as stored.</summary>
    public static async Task<Outcome<TResponse>> StartAsync<TAggregate, TResponse>(
        IDocumentSession session, Guid streamId, object first, bool keyed, Func<TAggregate, long, TResponse> respond, CancellationToken cancellationToken)
        where TAggregate : class
    {
        var started = await session.StartOnceAsync<TAggregate>(streamId, first, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        // The snapshot is inline, so it was stored with the stream's first event.
        return await session.LoadWithVersionAsync<TAggregate>(streamId, cancellationToken) is var (stored, version)
            ? respond(stored, version)
            : throw new InvalidOperationException($"The stream {streamId} has no stored {typeof(TAggregate).Name}.");
    }

    /// <summary>The endpoint's side: reads the Idempotency-Key, sends the create and answers 201 with the new resource's version in ETag.</summary>
    public static async Task<Results<Created<T>, ProblemHttpResult>> CreatedAsync<T>(HttpContext http, string collection, Func<string?, ValueTask<Outcome<T>>> create)
        where T : class, IVersionedResponse =>
        IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey
            ? invalidKey.ToProblem()
            : VersionedResults.Created(http, await create(key), collection);
}
