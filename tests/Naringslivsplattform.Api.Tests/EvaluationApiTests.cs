using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The annual evaluation made from events: live (the stored document the subscription keeps), as of a past day even
/// when a record was corrected later, and what changed since. Like <see cref="TimeTravelApiTests"/>, this test moves its
/// own events back in time with SQL to have a past to ask about.
/// </summary>
public sealed class EvaluationApiTests(DatabaseFixture database)
{
    private const string CouncilTarget = "naringslivsrad-per-ar";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_evaluation_as_reported_at_year_end_keeps_its_target_when_the_target_is_raised_later_and_the_change_is_listed()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("evaluation", Ct);
        await using var app = new PlatformApp(connectionString);
        var planner = await app.ClientWithNewKeyAsync("2462", "read-write");
        var planId = await PlanIdAsync(planner);
        var actionId = await CouncilMeetings.CompleteAsync(planner, planId, "2024-02-14");
        await TestSql.MoveStreamAsync(connectionString, planId, "2023-01-02 09:00:00+01");
        await TestSql.MoveStreamAsync(connectionString, actionId, "2024-02-14 10:00:00+01");
        await RaiseCouncilTargetAsync(planner, planId, 6);

        var reported = await EvaluationAsync(planner, "/api/v1/evaluations/2024?asOf=2024-12-31");
        var stored = await StoredEvaluations.WaitForAsync(connectionString, planId, 2024, e => Council(e) == (1, 6));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);
        var now = await EvaluationAsync(planner, $"/api/v1/evaluations/2024?asOf={today:yyyy-MM-dd}");
        var changes = (await planner.GetFromJsonAsync<JsonObject>("/api/v1/evaluations/2024/changes?since=2024-12-31", Ct))!;

        Assert.Equal(("2024-12-31", (1, 4)), ((string?)reported["day"], Council(reported)));
        Assert.Equal((1, 6), Council(now));
        Assert.True(JsonNode.DeepEquals(stored, now), $"stored {stored.ToJsonString()}\nfresh {now.ToJsonString()}");
        var council = Activity(reported, "1.1");
        Assert.Equal(1, council["actions"]!.AsArray().Sum(a => (int)a!["held"]!));
        Assert.Equal("Behind", (string?)council["standing"]);
        Assert.Contains(Measures(reported), m => m.Number == 1 && m.Standing == "Behind");
        Assert.Equal(2023, (int)reported["previousYear"]!["year"]!);
        Assert.Equal(
            [("Mål", "1 av 4 (efter)", "1 av 6 (efter)")],
            changes["changes"]!.AsArray()
                .Where(c => ((string)c!["item"]!).StartsWith("1.1 ", StringComparison.Ordinal))
                .Select(c => ((string)c!["area"]!, (string?)c["before"], (string?)c["after"])));
    }

    [Fact]
    public async Task A_year_without_a_plan_a_day_before_the_first_event_and_other_bad_input_are_refused_and_change_nothing()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("evaluation-bad", Ct);
        await using var app = new PlatformApp(connectionString);
        var reader = await app.ClientWithNewKeyAsync("2462");
        var planId = await PlanIdAsync(reader);
        await TestSql.MoveStreamAsync(connectionString, planId, "2023-01-02 09:00:00+01");
        var before = (await EventRows.ReadAllAsync(connectionString)).Count;
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var years = (await reader.GetFromJsonAsync<JsonArray>("/api/v1/evaluations", Ct))!;
        var answers = new List<(int, string?, string?)>();
        foreach (var url in new[]
        {
            "/api/v1/evaluations/2019", "/api/v1/evaluations/1800", "/api/v1/evaluations/2023?asOf=2022-12-31",
            "/api/v1/evaluations/2023?asOf=2023-02-30", $"/api/v1/evaluations/2023?asOf={future}", "/api/v1/evaluations/2023/changes",
            "/api/v1/evaluations/2019/changes?since=2023-06-01",
        })
        {
            var response = await reader.GetAsync(url, Ct);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
            answers.Add(((int)response.StatusCode, (string?)problem["code"], (string?)problem["title"]));
        }

        Assert.Equal([2023, 2024], years.Select(y => (int)y!["year"]!));
        Assert.Equal(
            [
                (404, "evaluation.no-plan"), (400, "evaluation.year-invalid"), (400, "evaluation.as-of-before-first-event"),
                (400, "evaluation.as-of-invalid"), (400, "evaluation.as-of-in-future"), (400, "evaluation.since-required"), (404, "evaluation.no-plan"),
            ],
            answers.Select(a => (a.Item1, a.Item2)));
        Assert.Equal("Det finns ingen processplan för år 2019.", answers[0].Item3);
        Assert.Equal("Händelseloggen börjar 2023-01-02. Välj en dag från och med den.", answers[2].Item3);
        Assert.Equal(before, (await EventRows.ReadAllAsync(connectionString)).Count);
    }

    private static (int Done, int Required) Council(JsonObject evaluation)
    {
        var target = Activity(evaluation, "1.1")["targets"]!.AsArray().Single(t => (string?)t!["key"] == CouncilTarget)!;
        return ((int)target["done"]!, (int)target["required"]!);
    }

    private static JsonObject Activity(JsonObject evaluation, string code) =>
        evaluation["activities"]!.AsArray().Single(a => (string?)a!["code"] == code)!.AsObject();

    private static IEnumerable<(int Number, string? Standing)> Measures(JsonObject evaluation) =>
        evaluation["measures"]!.AsArray().Select(m => ((int)m!["number"]!, (string?)m["standing"]));

    private static async Task<JsonObject> EvaluationAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task RaiseCouncilTargetAsync(HttpClient planner, string planId, int minimum)
    {
        var response = await planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
        var targets = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var council = targets["targets"]!.AsArray().Single(t => (string?)t!["key"] == CouncilTarget)!.DeepClone().AsObject();
        council["minimumPerYear"] = minimum;
        var raised = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/{CouncilTarget}", response.Headers.ETag!.Tag, council);
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
    }

    private static async Task<string> PlanIdAsync(HttpClient client) =>
        (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
}
