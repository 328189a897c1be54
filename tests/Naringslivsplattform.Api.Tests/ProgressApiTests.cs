using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Progress against targets: completing actions moves it, and rebuilding the read models from events gives the same answer.</summary>
public sealed class ProgressApiTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Completing_a_council_meeting_moves_1_1_from_0_of_4_to_1_of_4_and_a_rebuild_gives_the_same()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("progress", Ct);
        await using var app = new PlatformApp(connectionString);
        var planner = await app.ClientWithNewKeyAsync("2462", "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var progressUrl = $"/api/v1/plans/{planId}/progress?year=2024";
        var before = Council(await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct));

        await CompleteCouncilMeetingAsync(planner, planId, "2024-02-14", "Saxnäs");
        await CompleteCouncilMeetingAsync(planner, planId, "2023-11-20", "Vilhelmina");
        var live = await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct);
        var spread2024 = await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/spread?year=2024", Ct);
        var spread2023 = await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/spread?year=2023&activity=1.1", Ct);
        var unknownActivity = await planner.GetAsync($"/api/v1/plans/{planId}/spread?year=2024&activity=9.9", Ct);

        await TestSql.ExecuteAsync(connectionString, "delete from naringsliv.mt_doc_planaction");
        var emptied = await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct);
        await app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase().RebuildProjectionAsync("PlanAction", Ct);
        var rebuilt = await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct);

        Assert.Equal((0, 4), before);
        Assert.Equal((1, 4), Council(live));
        Assert.Equal(["town:0:", "mountain-valleys:1:Saxnäs", "countryside:0:", ":0:"], Spread(spread2024));
        Assert.Equal(["town:1:Vilhelmina", "mountain-valleys:0:", "countryside:0:", ":0:"], Spread(spread2023));
        Assert.Equal("spread.unknown-activity", (string?)(await unknownActivity.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
        Assert.Equal((0, 4), Council(emptied));
        Assert.Equal(live!.ToJsonString(), rebuilt!.ToJsonString());
    }

    private static (int Done, int Required) Council(JsonArray? progress)
    {
        var council = progress!.Single(p => (string)p!["targetKey"]! == "naringslivsrad-per-ar")!;
        return ((int)council["done"]!, (int)council["required"]!);
    }

    /// <summary>Each area as "area:held:localities", in the order the response gives them.</summary>
    private static IEnumerable<string> Spread(JsonObject? spread) =>
        spread!["areas"]!.AsArray().Select(a => $"{(string?)a!["area"]}:{(int)a["held"]!}:{string.Join(",", a["localities"]!.AsArray().Select(l => (string)l!["locality"]!))}");

    private static async Task CompleteCouncilMeetingAsync(HttpClient planner, string planId, string date, string locality)
    {
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = "1.1", kind = "BusinessCouncilMeeting", title = "Näringslivsråd", plannedFrom = date, responsibleOfficial = "Anna Andersson", locality,
        }, Ct);
        var action = (await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        using var complete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/complete")
        {
            Content = JsonContent.Create(new { heldOn = date, outcomeSummary = "Genomfört" }),
        };
        complete.Headers.IfMatch.Add(planned.Headers.ETag!);
        (await planner.SendAsync(complete, Ct)).EnsureSuccessStatusCode();
    }
}
