using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>A business council meeting (1.1) planned and held through the API: the action most targets count.</summary>
internal static class CouncilMeetings
{
    /// <returns>The action's id.</returns>
    public static async Task<string> CompleteAsync(HttpClient planner, string planId, string date)
    {
        var ct = TestContext.Current.CancellationToken;
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = "1.1", kind = "BusinessCouncilMeeting", title = "Näringslivsråd", plannedFrom = date, responsibleOfficial = "Anna Andersson",
        }, ct);
        var actionId = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!;
        var completed = await planner.SendWithIfMatchAsync(
            HttpMethod.Post, $"/api/v1/actions/{actionId}/complete", planned.Headers.ETag!.Tag, new { heldOn = date, outcomeSummary = "Genomfört" });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        return actionId;
    }
}
