using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.YoungEnterprise;

/// <summary>A stream a create started, or that an earlier request with the same idempotency key had started.</summary>
/// <param name="Replayed">True when an earlier request with the same idempotency key started it.</param>
internal sealed record Started<T>(T Value, bool Replayed);

/// <summary>Creates with an optional Idempotency-Key: 201 with the version in ETag, and Idempotent-Replayed on a retry.</summary>
internal static class KeyedCreates
{
    /// <summary>
    /// Starts a stream with the event <paramref name="decide"/> makes for its id. With a key, the id is derived from
    /// <paramref name="scope"/>, the municipality, the caller and the key, so a retry answers with what the first request started.
    /// </summary>
    public static async Task<Outcome<Started<TResponse>>> StartAsync<TAggregate, TEvent, TResponse>(
        this IDocumentSession session, Guid scope, string caller, string? key, Func<Guid, Outcome<TEvent>> decide, Func<TEvent, TAggregate> create,
        Func<TAggregate, long, TResponse> respond, CancellationToken cancellationToken)
        where TAggregate : class
        where TEvent : class
    {
        var id = key is not null ? IdempotentStarts.StreamIdFor(scope, $"{session.TenantId}/{caller}", key) : Guid.CreateVersion7();
        var decision = decide(id);
        if (decision.Value is not { } first)
        {
            return decision.Error!;
        }

        var started = await session.StartOnceAsync<TAggregate>(id, first, key is not null, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value && await session.LoadWithVersionAsync<TAggregate>(id, cancellationToken) is var (aggregate, version)
            ? new Started<TResponse>(respond(aggregate, version), Replayed: true)
            : new Started<TResponse>(respond(create(first), 1), Replayed: false);
    }

    public static async Task<Results<Created<T>, ProblemHttpResult>> SendAsync<T>(HttpContext http, string collection, Func<string?, ValueTask<Outcome<Started<T>>>> create)
        where T : class, IVersionedResponse
    {
        if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
        {
            return invalidKey.ToProblem();
        }

        var outcome = await create(key);
        if (outcome.Value is not { } started)
        {
            return outcome.Error!.ToProblem();
        }

        if (started.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return VersionedResults.Created(http, new Outcome<T>(started.Value), collection);
    }
}
