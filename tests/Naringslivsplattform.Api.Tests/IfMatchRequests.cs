using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Changes to versioned resources: a POST that names the version it is based on in If-Match, or none.</summary>
internal static class IfMatchRequests
{
    public static async Task<HttpResponseMessage> PostIfMatchAsync(this HttpClient client, string url, string? etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
