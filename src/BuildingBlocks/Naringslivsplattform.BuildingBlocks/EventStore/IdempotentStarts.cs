using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Resources;
using UUIDNext;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// Creating with an Idempotency-Key: the new stream's id is derived from what it is created under, the caller and
/// the key (UUID v5), so a retried request can only address the stream the first one started, never start a twin.
/// </summary>
public static class IdempotentStarts
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;

    private static readonly Guid Namespace = new("b7a4e0c2-51d9-4f0e-8c3a-6e2f0d1a2462");

    /// <summary>Visible ASCII only, as the header field is an opaque token.</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is > ' ' and <= '~');

    /// <summary>A retry with the same key that asks for something else.</summary>
    public static readonly DomainError Reused = new("idempotency-key.reused", SharedTexts.IdempotencyKeyReused, StatusCodes.Status409Conflict);

    /// <summary>The request's key in <paramref name="key"/> (null when it sends none); an error when it is malformed.</summary>
    public static DomainError? ReadKey(HttpRequest request, out string? key)
    {
        var sent = request.Headers[Header].ToString();
        key = sent.Length > 0 ? sent : null;
        return key is null || IsValidKey(key) ? null : new DomainError("idempotency-key.invalid", SharedTexts.IdempotencyKeyInvalid);
    }

    /// <param name="scope">What the stream is created under, e.g. the plan.</param>
    public static Guid StreamIdFor(Guid scope, string caller, string key) => Uuid.NewNameBased(Namespace, $"{scope}/{caller}/{key}");

    /// <summary>
    /// Starts the stream with <paramref name="first"/>; with a key, a stream the same key already started is the
    /// answer when it began with the same event (a retry), and <see cref="Reused"/> when it did not.
    /// </summary>
    /// <returns>True when an earlier request had already started it.</returns>
    public static async Task<Outcome<bool>> StartOnceAsync<TAggregate>(
        this IDocumentSession session, Guid streamId, object first, bool keyed, CancellationToken cancellationToken)
        where TAggregate : class
    {
        if (keyed && await session.Events.FetchStreamStateAsync(streamId, cancellationToken) is not null)
        {
            return await ReplayAsync(session, streamId, first, cancellationToken);
        }

        session.Events.StartStream<TAggregate>(streamId, first);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return false;
        }
        catch (ExistingStreamIdCollisionException) when (keyed)
        {
            return await ReplayAsync(session, streamId, first, cancellationToken);
        }
    }

    private static async Task<Outcome<bool>> ReplayAsync(IDocumentSession session, Guid streamId, object first, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellationToken);
        return Equals(events[0].Data, first) ? true : Reused;
    }
}
