using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The plan and its progress as they were at the end of a day. Events get their timestamps from
/// PostgreSQL when appended, so this test (and only tests) moves its own events back in time with SQL,
/// to days it can then ask about.
/// </summary>
public sealed class TimeTravelApiTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_council_meeting_completed_on_14_february_counts_as_of_that_day_and_now_but_not_as_of_the_day_before()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("timetravel", Ct);
        await using var app = new PlatformApp(connectionString);
        var planner = await app.ClientWithNewKeyAsync("2462", "read-write");
        var planId = await PlanIdAsync(planner);
        var actionId = await CouncilMeetings.CompleteAsync(planner, planId, "2024-02-14");
        await TestSql.MoveStreamAsync(connectionString, planId, "2023-01-02 09:00:00+01");
        await TestSql.MoveStreamAsync(connectionString, actionId, "2024-02-01 10:00:00+01");
        // 00:30 Swedish time on the 14th is still the 13th in UTC: the day is read in Swedish time.
        await TestSql.ExecuteAsync(connectionString, $"update naringsliv_events.mt_events set timestamp = '2024-02-14 00:30:00+01' where stream_id = '{actionId}' and version = 2");

        var dayBefore = await CouncilAsync(planner, $"/api/v1/plans/{planId}/progress?year=2024&asOf=2024-02-13");
        var thatDay = await CouncilAsync(planner, $"/api/v1/plans/{planId}/progress?year=2024&asOf=2024-02-14");
        var now = await CouncilAsync(planner, $"/api/v1/plans/{planId}/progress?year=2024");
        var endOf2023 = await CouncilAsync(planner, $"/api/v1/plans/{planId}/progress?asOf=2023-12-31");

        Assert.Equal((0, 4, "OnTrack"), dayBefore);
        Assert.Equal((1, 4, "OnTrack"), thatDay);
        Assert.Equal((1, 4), (now.Done, now.Required));
        Assert.Equal((0, 4, "Behind"), endOf2023);
    }

    [Fact]
    public async Task The_plan_as_of_a_day_is_the_plan_then_and_each_bad_day_gets_its_code_and_changes_nothing()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("timetravel-bad", Ct);
        await using var app = new PlatformApp(connectionString);
        var reader = await app.ClientWithNewKeyAsync("2462");
        var planId = await PlanIdAsync(reader);
        await TestSql.MoveStreamAsync(connectionString, planId, "2023-01-02 09:00:00+01");
        var before = (await EventRows.ReadAllAsync(connectionString)).Count;
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var planThen = await reader.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}?asOf=2023-01-02", Ct);
        var problems = new[]
        {
            await reader.GetAsync($"/api/v1/plans/{planId}?asOf=31-12-2023", Ct),
            await reader.GetAsync($"/api/v1/plans/{planId}?asOf={tomorrow}", Ct),
            await reader.GetAsync($"/api/v1/plans/{planId}?asOf=2023-01-01", Ct),
            await reader.GetAsync($"/api/v1/plans/{planId}/progress?year=2023&asOf=2023-02-30", Ct),
            await reader.GetAsync($"/api/v1/plans/{planId}/progress?year=2023&asOf={tomorrow}", Ct),
            await reader.GetAsync($"/api/v1/plans/{planId}/progress?year=2023&asOf=2022-12-31", Ct),
            await reader.GetAsync($"/api/v1/plans/{Guid.NewGuid()}?asOf=2023-12-31", Ct),
        };

        Assert.Equal((string?)(await reader.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}", Ct))!["title"], (string?)planThen!["title"]);
        var answers = await Task.WhenAll(problems.Select(async p =>
        {
            var problem = (await p.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
            return (Status: (int)p.StatusCode, Code: (string?)problem["code"], Title: (string?)problem["title"]);
        }));
        Assert.Equal(
            [
                (400, "history.as-of-invalid"), (400, "history.as-of-in-future"), (400, "history.as-of-before-plan"),
                (400, "history.as-of-invalid"), (400, "history.as-of-in-future"), (400, "history.as-of-before-plan"),
                (404, "plan.not-found"),
            ],
            answers.Select(a => (a.Status, a.Code)));
        Assert.Equal(
            ["Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2023-12-31.", "Datumet får inte ligga i framtiden.", "Planen fanns inte ännu den 2023-01-01."],
            answers.Take(3).Select(a => a.Title));
        Assert.Equal(before, (await EventRows.ReadAllAsync(connectionString)).Count);
    }

    private static async Task<(int Done, int Required, string? Status)> CouncilAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var council = (await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!.Single(p => (string)p!["targetKey"]! == "naringslivsrad-per-ar")!;
        return ((int)council["done"]!, (int)council["required"]!, (string?)council["status"]);
    }

    private static async Task<string> PlanIdAsync(HttpClient client) =>
        (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
}
