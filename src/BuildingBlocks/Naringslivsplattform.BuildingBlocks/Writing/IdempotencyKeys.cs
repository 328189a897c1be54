using Marten;
using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Resources;
using UUIDNext;

namespace Naringslivsplattform.BuildingBlocks.Writing;

/// <summary>A stream a create is about to start: its id, and whether a key derived it (so a retry lands on the same id).</summary>
public readonly record struct StreamToStart(Guid Id, bool Keyed);

/// <summary>
/// Creating with an Idempotency-Key (ADR 0007): the new stream's id is derived from what kind of stream it is, the
/// municipality, the caller and the key (UUID v5), so a retried request can only address the stream the first one
/// started, never start a twin.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    private static readonly Guid Namespace = new("b7a4e0c2-51d9-4f0e-8c3a-6e2f0d1a2462");

    /// <summary>A retry with the same key that asks for something else.</summary>
    public static readonly DomainError Reused = new("idempotency-key.reused", SharedTexts.IdempotencyKeyReused, StatusCodes.Status409Conflict);

    public static readonly DomainError Invalid = new("idempotency-key.invalid", SharedTexts.IdempotencyKeyInvalid);

    /// <summary>Visible ASCII only, as the header field is an opaque token.</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is > ' ' and <= '~');

    /// <summary>The request's key in <paramref name="key"/> (null when it sends none); an error when it is malformed.</summary>
    public static DomainError? Read(HttpRequest request, out string? key)
    {
        var sent = request.Headers[Header].ToString();
        key = sent.Length > 0 ? sent : null;
        return key is null || IsValid(key) ? null : Invalid;
    }

    /// <summary>
    /// The id of the stream a create starts: derived from <paramref name="kind"/> (one constant per kind of stream), the
    /// session's municipality, the acting user and the key when a key is given, else a new sortable id.
    /// </summary>
    public static StreamToStart StreamFor(IQuerySession session, OperationContext operation, Guid kind, string? key) =>
        key is null
            ? new StreamToStart(Guid.CreateVersion7(), Keyed: false)
            : new StreamToStart(Uuid.NewNameBased(Namespace, $"{kind}/{session.TenantId}/{operation.UserName}/{key}"), Keyed: true);
}
