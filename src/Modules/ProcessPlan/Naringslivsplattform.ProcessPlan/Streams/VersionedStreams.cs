using JasperFx;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.ProcessPlan.Actions;

namespace Naringslivsplattform.ProcessPlan.Streams;

/// <summary>A response about one stream, carrying the stream version a change to it must be based on.</summary>
internal interface IVersionedResponse
{
    Guid Id { get; }

    long Version { get; }
}

/// <summary>An aggregate as a change left it, and the stream version it is at now.</summary>
internal sealed record Changed<TAggregate>(TAggregate Aggregate, long Version);

/// <summary>What to answer when the stream does not exist, or has moved on since the caller read it.</summary>
internal sealed record StreamRefusals(DomainError NotFound, DomainError Stale);

/// <summary>
/// Optimistic concurrency for event-sourced aggregates kept as inline snapshots: a change is decided on
/// the state at the version the caller saw and appended only while the stream is still at that version;
/// the version travels as ETag / If-Match.
/// </summary>
internal static class VersionedStreams
{
    public static async Task<Outcome<Changed<TAggregate>>> AppendAsync<TAggregate>(
        this IDocumentSession session, Guid streamId, long expectedVersion, Func<TAggregate, Outcome<object>> decide, StreamRefusals refusals, CancellationToken cancellationToken)
        where TAggregate : class
    {
        JasperFx.Events.IEventStream<TAggregate> stream;
        try
        {
            stream = await session.Events.FetchForWriting<TAggregate>(streamId, expectedVersion, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            return await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is null ? refusals.NotFound : refusals.Stale;
        }

        if (stream.Aggregate is not { } current)
        {
            return refusals.NotFound;
        }

        var decision = decide(current);
        if (decision.Value is not { } change)
        {
            return decision.Error!;
        }

        stream.AppendOne(change);
        await session.SaveChangesAsync(cancellationToken);
        var changed = await session.Events.FetchLatest<TAggregate>(streamId, cancellationToken);
        return new Changed<TAggregate>(changed!, expectedVersion + 1);
    }

    public static Results<Created<T>, ProblemHttpResult> Created<T>(HttpContext http, Outcome<T> outcome, string collection)
        where T : class, IVersionedResponse =>
        outcome.Value is { } created
            ? TypedResults.Created($"{collection}/{created.Id}", Tagged(http, created))
            : outcome.Error!.ToProblem();

    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(HttpContext http, Outcome<T> outcome)
        where T : class, IVersionedResponse =>
        outcome.Value is { } found ? TypedResults.Ok(Tagged(http, found)) : outcome.Error!.ToProblem();

    private static T Tagged<T>(HttpContext http, T response)
        where T : IVersionedResponse
    {
        ActionVersions.SetETag(http, response.Version);
        return response;
    }
}
