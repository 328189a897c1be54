using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The history of a plan's and an action's streams over the API, with who did what under which correlation.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class HistoryApiTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_history_of_a_rescheduled_action_lists_both_events_with_the_api_keys_user_and_a_correlation_id()
    {
        var keyName = $"historik-{Guid.NewGuid():N}";
        var planner = await ClientWithKeyNamedAsync(keyName);
        var planId = await PlanIdAsync(planner);
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = "1.1", kind = "BusinessCouncilMeeting", title = "Näringslivsråd i Saxnäs", plannedFrom = "2024-03-12", responsibleOfficial = "Anna Andersson",
        }, Ct);
        var actionId = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        using var reschedule = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/actions/{actionId}/reschedule")
        {
            Content = JsonContent.Create(new { plannedFrom = "2024-04-02", reason = "Krockar med kommunfullmäktige" }),
        };
        reschedule.Headers.IfMatch.Add(planned.Headers.ETag!);
        (await planner.SendAsync(reschedule, Ct)).EnsureSuccessStatusCode();

        var history = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/actions/{actionId}/history", Ct))!;

        Assert.Equal([1L, 2L], history.Select(e => (long)e!["version"]!));
        Assert.Equal(["action_planned", "action_rescheduled"], history.Select(e => (string?)e!["eventType"]));
        Assert.Equal(
            ["Åtgärden planerades: Näringslivsråd i Saxnäs (2024-03-12)", "Åtgärden flyttades till 2024-04-02: Krockar med kommunfullmäktige"],
            history.Select(e => (string?)e!["description"]));
        Assert.All(history, e => Assert.Equal($"api-nyckel:{keyName}", (string?)e!["userName"]));
        Assert.All(history, e => Assert.False(string.IsNullOrWhiteSpace((string?)e!["correlationId"])));
        Assert.True((long)history[1]!["sequence"]! > (long)history[0]!["sequence"]!);
        Assert.Equal("Krockar med kommunfullmäktige", (string?)history[1]!["data"]!["reason"]);
    }

    [Fact]
    public async Task The_history_of_the_plan_starts_with_its_registration_and_lists_its_targets()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);

        var history = (await reader.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{await PlanIdAsync(reader)}/history", Ct))!;

        Assert.Equal("process_plan_registered", (string?)history[0]!["eventType"]);
        Assert.StartsWith("Processplanen registrerades: ", (string?)history[0]!["description"], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, history.Count).Select(v => (long)v), history.Select(e => (long)e!["version"]!));
        Assert.Contains(history, e => (string?)e!["eventType"] == "target_set" && ((string?)e["description"])!.StartsWith("Mål ändrat för 1.1: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_id_or_an_id_of_the_other_kind_of_stream_is_404_problem_details()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);
        var planId = await PlanIdAsync(reader);

        var unknownPlan = await reader.GetAsync($"/api/v1/plans/{Guid.NewGuid()}/history", Ct);
        var unknownAction = await reader.GetAsync($"/api/v1/actions/{Guid.NewGuid()}/history", Ct);
        var planAsAction = await reader.GetAsync($"/api/v1/actions/{planId}/history", Ct);

        Assert.Equal(
            [(HttpStatusCode.NotFound, "plan.not-found"), (HttpStatusCode.NotFound, "action.not-found"), (HttpStatusCode.NotFound, "action.not-found")],
            await Task.WhenAll(new[] { unknownPlan, unknownAction, planAsAction }.Select(async r => (r.StatusCode, (string?)(await r.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]))));
    }

    private async Task<HttpClient> ClientWithKeyNamedAsync(string name)
    {
        var (key, error) = await app.App.Services.GetRequiredService<AccessProvisioning>()
            .IssueApiKeyAsync(SecurityApp.Vilhelmina, name, "read-write", Callers.Provisioner, Ct);
        return app.App.WithApiKey(key ?? throw new InvalidOperationException(error));
    }

    private static async Task<string> PlanIdAsync(HttpClient client) =>
        (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
}
