using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.BuildingBlocks.Tenancy;

/// <summary>
/// Which municipality the current scope works for: the signed-in user's or API key's
/// municipality claim; without one, the <see cref="HeaderName"/> header, else the configured default.
/// Background work and interactive pages (through <c>SignedInMediator</c>) set it explicitly.
/// </summary>
public sealed class MunicipalityContext(IHttpContextAccessor httpContextAccessor, IOptions<TenancyOptions> options)
{
    public const string HeaderName = "X-Municipality-Code";

    private string? _explicitCode;

    public string Code => _explicitCode ?? FromUser() ?? FromHeader() ?? options.Value.DefaultMunicipalityCode;

    /// <summary>Fixes the municipality for the rest of this scope (used by imports and background work).</summary>
    public void Use(string municipalityCode)
    {
        if (!Municipality.IsValidCode(municipalityCode))
        {
            throw new ArgumentException($"'{municipalityCode}' is not a four-digit kommunkod.", nameof(municipalityCode));
        }

        _explicitCode = municipalityCode;
    }

    private string? FromUser() => httpContextAccessor.HttpContext?.User.FindFirst(PlatformClaims.Municipality)?.Value;

    private string? FromHeader()
    {
        var header = httpContextAccessor.HttpContext?.Request.Headers[HeaderName].ToString();
        return string.IsNullOrEmpty(header) ? null : header;
    }
}
