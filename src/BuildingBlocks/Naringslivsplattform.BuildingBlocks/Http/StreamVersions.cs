using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>A stream's version as the entity tag of its resource: a change must send the version it was based on in If-Match.</summary>
public static class StreamVersions
{
    public static void SetETag(HttpContext http, long version) =>
        http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <returns>Null when If-Match is missing or is not a version.</returns>
    public static long? FromIfMatch(HttpRequest request) =>
        long.TryParse(request.Headers.IfMatch.ToString().Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
