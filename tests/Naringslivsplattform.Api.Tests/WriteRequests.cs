using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Requests with the headers the API's writes take: If-Match on changes, Idempotency-Key on creates.</summary>
internal static class WriteRequests
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

    public static async Task<HttpResponseMessage> PostWithIdempotencyKeyAsync(this HttpClient client, string url, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
