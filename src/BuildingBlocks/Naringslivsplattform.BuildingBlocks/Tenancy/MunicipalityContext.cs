using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Naringslivsplattform.BuildingBlocks.Tenancy;

/// <summary>
/// Which municipality the current scope works for. In a request it comes from the
/// <see cref="HeaderName"/> header, else the configured default; background work sets it explicitly.
/// </summary>
public sealed class MunicipalityContext(IHttpContextAccessor httpContextAccessor, IOptions<TenancyOptions> options)
{
    public const string HeaderName = "X-Municipality-Code";

    private string? _explicitCode;

    public string Code => _explicitCode ?? FromRequest() ?? options.Value.DefaultMunicipalityCode;

    /// <summary>Fixes the municipality for the rest of this scope (used by imports and background work).</summary>
    public void Use(string municipalityCode)
    {
        if (!Municipality.IsValidCode(municipalityCode))
        {
            throw new ArgumentException($"'{municipalityCode}' is not a four-digit kommunkod.", nameof(municipalityCode));
        }

        _explicitCode = municipalityCode;
    }

    private string? FromRequest()
    {
        var header = httpContextAccessor.HttpContext?.Request.Headers[HeaderName].ToString();
        return string.IsNullOrEmpty(header) ? null : header;
    }
}
