using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>A planner's writes through the API for scenarios of recorded work; each asserts that the API took it.</summary>
internal static class PlannerWrites
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An action planned under an activity of the plan, then completed, cancelled or rescheduled with <paramref name="body"/>.</summary>
    public static async Task ActionAsync(HttpClient planner, string planId, (string Activity, string Kind, string Day) action, string change, object body)
    {
        var planned = await CreatedAsync(planner, $"/api/v1/plans/{planId}/actions", new
        {
            activityCode = action.Activity, kind = action.Kind, title = $"{action.Kind} {action.Day}", plannedFrom = action.Day, locality = "Vilhelmina", responsibleOfficial = "Anna Andersson",
        });
        await ChangeAsync(planner, $"/api/v1/actions/{planned.Body["id"]}/{change}", planned.ETag, body);
    }

    public static async Task<(JsonObject Body, string ETag)> CreatedAsync(HttpClient planner, string url, object body)
    {
        var response = await planner.PostAsJsonAsync(url, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    /// <returns>The new ETag.</returns>
    public static async Task<string> ChangeAsync(HttpClient planner, string url, string etag, object body)
    {
        var response = await planner.SendWithIfMatchAsync(HttpMethod.Post, url, etag, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return response.Headers.ETag!.Tag;
    }
}
