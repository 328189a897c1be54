using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Naringslivsplattform.Api.Tests;

internal static class IfMatchRequests
{
    /// <summary>A JSON request (body optional) that says which version it is based on, or, with no <paramref name="etag"/>, does not.</summary>
    public static async Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpMethod method, string url, string? etag, object? body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
