using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.ApiKeys;

/// <summary>
/// Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> (or <c>X-Api-Key</c>). A read key acts as a
/// Läsare, a read-write key as a Planerare, both within the key's municipality. The key never reaches a log.
/// </summary>
internal sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyCache keys,
    ApiKeyUsageRecorder usage)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    public static bool IsPresent(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresent(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = Request.Headers.TryGetValue(HeaderName, out var header)
            ? header.ToString()
            : Request.Headers.Authorization.ToString()[(SchemeName.Length + 1)..].Trim();
        if (!ApiKeySecret.TryParse(presented, out var prefix, out var secret))
        {
            LogRejected(Logger, "malformed", Context.Connection.RemoteIpAddress?.ToString());
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var key = await keys.FindAsync(prefix, Context.RequestAborted);
        if (key is null || key.IsRevoked || !ApiKeySecret.Matches(secret, key.SecretHash))
        {
            LogRejected(Logger, key is null ? "unknown" : key.IsRevoked ? "revoked" : "wrong secret", Context.Connection.RemoteIpAddress?.ToString());
            return AuthenticateResult.Fail("Invalid API key.");
        }

        usage.Record(key);
        return AuthenticateResult.Success(new AuthenticationTicket(PrincipalOf(key), SchemeName));
    }

    private static ClaimsPrincipal PrincipalOf(ApiKey key)
    {
        var role = key.Scope == ApiKeyScope.ReadWrite ? PlatformRoles.Planner : PlatformRoles.Reader;
        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new Claim(ClaimTypes.Name, $"api-nyckel:{key.Name}"),
            new Claim(ClaimTypes.Role, role),
            new Claim(PlatformClaims.Municipality, key.MunicipalityCode),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key rejected ({Reason}) from {Address}")]
    private static partial void LogRejected(ILogger logger, string reason, string? address);
}
