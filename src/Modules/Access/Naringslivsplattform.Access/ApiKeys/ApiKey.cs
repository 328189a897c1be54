using JasperFx.Events;

namespace Naringslivsplattform.Access.ApiKeys;

internal enum ApiKeyScope
{
    Read,
    ReadWrite,
}

/// <summary>An API key for an intranet system, built from its stream. Only a hash of its secret is kept.</summary>
internal sealed record ApiKey(
    Guid Id,
    string MunicipalityCode,
    string Name,
    ApiKeyScope Scope,
    string Prefix,
    string SecretHash,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Create(IEvent<ApiKeyIssued> issued) =>
        new(issued.Data.KeyId, issued.Data.MunicipalityCode, issued.Data.Name, issued.Data.Scope, issued.Data.Prefix, issued.Data.SecretHash,
            issued.UserName ?? "", AsStored(issued.Timestamp), null, null);

    /// <summary>
    /// The event's time as the store keeps it, to the microsecond: while the event is being appended it carries the
    /// clock's 100 ns ticks, so the snapshot written with it would differ from one rebuilt from the stored event.
    /// </summary>
    private static DateTimeOffset AsStored(DateTimeOffset timestamp) => timestamp.AddTicks(-(timestamp.Ticks % 10));

    public ApiKey Apply(IEvent<ApiKeyRevoked> revoked) => this with { RevokedBy = revoked.UserName ?? "", RevokedAt = AsStored(revoked.Timestamp) };
}

/// <param name="SecretHash">SHA-256 of the key's random secret; the key itself is shown once and never stored.</param>
internal sealed record ApiKeyIssued(Guid KeyId, string MunicipalityCode, string Name, ApiKeyScope Scope, string Prefix, string SecretHash);

internal sealed record ApiKeyRevoked(Guid KeyId);

/// <summary>When a key was last used; a plain document, so using a key appends no events.</summary>
internal sealed class ApiKeyUsage
{
    public Guid Id { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }
}
