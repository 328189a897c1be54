using Marten;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.Clusters;

/// <summary>How the module's creates answer: with the new stream, or, on a retry with the same Idempotency-Key, with the stream the first request started.</summary>
internal static class KeyedStarts
{
    /// <param name="created">The aggregate the first event makes, for the answer to a first start.</param>
    /// <param name="respond">The answer for an aggregate at a version.</param>
    public static async Task<Outcome<TResponse>> StartAsync<TAggregate, TResponse>(
        IDocumentSession session, Guid streamId, object first, bool keyed, Func<TAggregate> created, Func<TAggregate, long, TResponse> respond, CancellationToken cancellationToken)
        where TAggregate : class
        where TResponse : class
    {
        var started = await session.StartOnceAsync<TAggregate>(streamId, first, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value && await session.LoadWithVersionAsync<TAggregate>(streamId, cancellationToken) is var (stored, version)
            ? respond(stored, version)
            : respond(created(), 1);
    }
}
