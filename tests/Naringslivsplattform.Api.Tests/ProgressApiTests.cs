using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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

        await CompleteCouncilMeetingAsync(planner, planId, "2024-02-14");
        await CompleteCouncilMeetingAsync(planner, planId, "2023-11-20");
        var live = await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct);

        await ExecuteAsync(connectionString, "delete from naringsliv.mt_doc_planaction");
        var emptied = await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct);
        await app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase().RebuildProjectionAsync("PlanAction", Ct);
        var rebuilt = await planner.GetFromJsonAsync<JsonArray>(progressUrl, Ct);

        Assert.Equal((0, 4), before);
        Assert.Equal((1, 4), Council(live));
        Assert.Equal((0, 4), Council(emptied));
        Assert.Equal(live!.ToJsonString(), rebuilt!.ToJsonString());
    }

    private static (int Done, int Required) Council(JsonArray? progress)
    {
        var council = progress!.Single(p => (string)p!["targetKey"]! == "naringslivsrad-per-ar")!;
        return ((int)council["done"]!, (int)council["required"]!);
    }

    private static async Task CompleteCouncilMeetingAsync(HttpClient planner, string planId, string date)
    {
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = "1.1", kind = "BusinessCouncilMeeting", title = "Näringslivsråd", plannedFrom = date, responsibleOfficial = "Anna Andersson",
        }, Ct);
        var action = (await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        using var complete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/complete")
        {
            Content = JsonContent.Create(new { heldOn = date, outcomeSummary = "Genomfört" }),
        };
        complete.Headers.IfMatch.Add(planned.Headers.ETag!);
        (await planner.SendAsync(complete, Ct)).EnsureSuccessStatusCode();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
