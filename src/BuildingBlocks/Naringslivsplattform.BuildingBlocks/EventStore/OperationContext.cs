using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Naringslivsplattform.BuildingBlocks.EventStore;

/// <summary>
/// Who is acting and under which correlation id, stamped on every event appended in this scope
/// (Marten's user name and correlation id metadata).
/// </summary>
public sealed class OperationContext(IHttpContextAccessor httpContextAccessor)
{
    public const string AnonymousUser = "anonym";

    private string? _userName;
    private string? _correlationId;

    public string UserName =>
        _userName ?? httpContextAccessor.HttpContext?.User.Identity?.Name ?? AnonymousUser;

    public string CorrelationId =>
        _correlationId ??= Activity.Current?.TraceId.ToString()
            ?? httpContextAccessor.HttpContext?.TraceIdentifier
            ?? Guid.CreateVersion7().ToString();

    /// <summary>For work outside a request: names the actor and starts a new correlation.</summary>
    public void ActAs(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        _userName = userName;
        _correlationId = Guid.CreateVersion7().ToString();
    }
}
