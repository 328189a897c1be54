using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The timeline of a plan's actions: filters, paging, ordering, the month calendar, bad filters, and a
/// rebuild of the read model from events. Each test has its own database, so counts are exact.
/// </summary>
public sealed class TimelineApiTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_filter_paging_and_ordering_pick_the_right_actions_and_a_rebuild_gives_the_same_timeline()
    {
        var (app, connectionString) = await StartAsync("timeline");
        await using var _ = app;
        var planner = await app.ClientWithNewKeyAsync("2462", "read-write");
        var planId = await PlanIdAsync(planner);
        await PlanAsync(planner, planId, "1.1", "BusinessCouncilMeeting", "Näringslivsråd i Saxnäs", "2023-03-10", "Saxnäs", complete: "2023-03-09");
        await PlanAsync(planner, planId, "1.1", "BusinessCouncilMeeting", "Näringslivsråd i Vilhelmina", "2023-09-14", "Vilhelmina");
        await PlanAsync(planner, planId, "1.4", "Workshop", "Workshop om upphandling", "2023-05-16", "Vilhelmina", cancel: true);
        await PlanAsync(planner, planId, "1.4", "EveningMeeting", "Kvällsmöte i Klimpfjäll", "2023-05-16", "Klimpfjäll");
        await PlanAsync(planner, planId, "3.1", "Training", "Utbildning för ledningsgruppen", "2024-02-01", null, rescheduleTo: "2024-03-01");
        string[] all = ["Näringslivsråd i Saxnäs", "Kvällsmöte i Klimpfjäll", "Workshop om upphandling", "Näringslivsråd i Vilhelmina", "Utbildning för ledningsgruppen"];

        Assert.Equal(all, await TitlesAsync(planner, planId, ""));
        Assert.Equal(["Näringslivsråd i Saxnäs", "Näringslivsråd i Vilhelmina"], await TitlesAsync(planner, planId, "activity=1.1"));
        Assert.Equal(["Utbildning för ledningsgruppen"], await TitlesAsync(planner, planId, "category=3"));
        Assert.Equal(["Workshop om upphandling"], await TitlesAsync(planner, planId, "kind=Workshop"));
        Assert.Equal(["Näringslivsråd i Saxnäs"], await TitlesAsync(planner, planId, "status=Completed"));
        Assert.Equal(["Workshop om upphandling"], await TitlesAsync(planner, planId, "status=cancelled"));
        Assert.Equal(["Näringslivsråd i Saxnäs"], await TitlesAsync(planner, planId, "locality=saxnäs"));
        Assert.Equal(["Kvällsmöte i Klimpfjäll", "Workshop om upphandling", "Näringslivsråd i Vilhelmina"], await TitlesAsync(planner, planId, "from=2023-05-01&to=2023-09-30"));
        Assert.Equal(all[1..], await TitlesAsync(planner, planId, "from=2023-03-10"));
        Assert.Equal(["Workshop om upphandling"], await TitlesAsync(planner, planId, "activity=1.4&kind=Workshop&status=Cancelled&locality=Vilhelmina&from=2023-01-01&to=2023-12-31"));
        Assert.Equal(all.AsEnumerable().Reverse().ToArray(), await TitlesAsync(planner, planId, "order=desc"));

        var second = await TimelineAsync(planner, planId, "pageSize=2&page=2");
        Assert.Equal((2, 2, 5), ((int)second["page"]!, (int)second["pageSize"]!, (int)second["totalCount"]!));
        Assert.Equal(all[2..4], Titles(second));
        var first = (await TimelineAsync(planner, planId, "pageSize=2"))["items"]![0]!;
        Assert.Equal(("1.1", 1, "BusinessCouncilMeeting", "Completed", "2023-03-09", "2023-03-10", "action"),
            ((string?)first["activityCode"], (int?)first["category"], (string?)first["kind"], (string?)first["status"], (string?)first["date"], (string?)first["plannedFrom"], (string?)first["source"]));
        Assert.Equal($"atgarder/{first["id"]}", (string?)first["link"]);
        var training = (await TimelineAsync(planner, planId, "category=3"))["items"]![0]!;
        Assert.Equal(("2024-03-01", "Planned"), ((string?)training["date"], (string?)training["status"]));

        var live = await TimelineAsync(planner, planId, "");
        await TestSql.ExecuteAsync(connectionString, "delete from naringsliv.mt_doc_timelineentry");
        var emptied = await TimelineAsync(planner, planId, "");
        await app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase().RebuildProjectionAsync("Timeline", Ct);
        var rebuilt = await TimelineAsync(planner, planId, "");

        Assert.Equal(0, (int)emptied["totalCount"]!);
        Assert.Equal(live.ToJsonString(), rebuilt.ToJsonString());
        Assert.Contains(await IndexDefinitionsAsync(connectionString), d => d.Contains("'planId'", StringComparison.Ordinal) && d.Contains("'date'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_calendar_groups_a_months_actions_per_day()
    {
        var (app, _) = await StartAsync("calendar");
        await using var __ = app;
        var reader = await app.ClientWithNewKeyAsync("2462", "read-write");
        var planId = await PlanIdAsync(reader);
        await PlanAsync(reader, planId, "1.4", "Workshop", "Workshop i maj", "2023-05-16", "Vilhelmina");
        await PlanAsync(reader, planId, "1.4", "EveningMeeting", "Kvällsmöte i maj", "2023-05-16", "Saxnäs");
        await PlanAsync(reader, planId, "1.1", "BusinessCouncilMeeting", "Råd i slutet av maj", "2023-05-31", "Vilhelmina");
        await PlanAsync(reader, planId, "1.1", "BusinessCouncilMeeting", "Råd i juni", "2023-06-01", "Vilhelmina");

        var may = (await reader.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/calendar?month=2023-05", Ct))!;

        Assert.Equal(("2023-05", "2023-05-01", "2023-05-31"), ((string?)may["month"], (string?)may["firstDay"], (string?)may["lastDay"]));
        var days = may["days"]!.AsArray().Select(d => ((string?)d!["date"], string.Join(" | ", d["entries"]!.AsArray().Select(e => (string?)e!["title"])))).ToList();
        Assert.Equal([("2023-05-16", "Kvällsmöte i maj | Workshop i maj"), ("2023-05-31", "Råd i slutet av maj")], days);
    }

    [Fact]
    public async Task Each_bad_filter_gets_its_own_code_in_swedish_an_unknown_plan_is_404_and_nothing_is_appended()
    {
        var (app, connectionString) = await StartAsync("timeline-bad");
        await using var _ = app;
        var reader = await app.ClientWithNewKeyAsync("2462");
        var planId = await PlanIdAsync(reader);
        var before = (await EventRows.ReadAllAsync(connectionString)).Count;
        (string Query, string Code)[] bad =
        [
            ("activity=9.9", "timeline.unknown-activity"), ("activity=ett", "timeline.unknown-activity"),
            ("category=7", "timeline.unknown-category"), ("category=-1", "timeline.unknown-category"),
            ("kind=Picnic", "timeline.unknown-kind"), ("status=Done", "timeline.unknown-status"), ("status=1", "timeline.unknown-status"),
            ($"locality={new string('a', 201)}", "timeline.locality-too-long"),
            ("from=2023-13-01", "timeline.date-invalid"), ("to=igår", "timeline.date-invalid"),
            ("from=2019-12-31", "timeline.date-out-of-range"), ("to=2036-01-01", "timeline.date-out-of-range"),
            ("from=2023-06-01&to=2023-05-31", "timeline.period-backwards"),
            ("page=0", "timeline.page-invalid"), ("page=x", "timeline.page-invalid"),
            ("pageSize=0", "timeline.page-size-invalid"), ("pageSize=101", "timeline.page-size-invalid"),
            ("order=up", "timeline.order-invalid"),
        ];

        var wrong = new List<string>();
        foreach (var (query, code) in bad)
        {
            var response = await reader.GetAsync($"/api/v1/plans/{planId}/timeline?{query}", Ct);
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
            if (response.StatusCode != HttpStatusCode.BadRequest || (string?)problem?["code"] != code || string.IsNullOrEmpty((string?)problem["title"]))
            {
                wrong.Add($"{query}: {(int)response.StatusCode} {problem?.ToJsonString()}");
            }
        }

        var unknownPlan = await reader.GetAsync($"/api/v1/plans/{Guid.NewGuid()}/timeline", Ct);
        var badMonth = await reader.GetAsync($"/api/v1/plans/{planId}/calendar?month=2023-5", Ct);
        var lateMonth = await reader.GetAsync($"/api/v1/plans/{planId}/calendar?month=2036-01", Ct);
        var unknownPlanCalendar = await reader.GetAsync($"/api/v1/plans/{Guid.NewGuid()}/calendar?month=2023-05", Ct);

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal("Aktiviteten 9.9 finns inte i planen.", (string?)(await (await reader.GetAsync($"/api/v1/plans/{planId}/timeline?activity=9.9", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!["title"]);
        Assert.Equal((HttpStatusCode.NotFound, "plan.not-found"), (unknownPlan.StatusCode, await CodeAsync(unknownPlan)));
        Assert.Equal((HttpStatusCode.BadRequest, "calendar.month-invalid"), (badMonth.StatusCode, await CodeAsync(badMonth)));
        Assert.Equal((HttpStatusCode.BadRequest, "calendar.month-invalid"), (lateMonth.StatusCode, await CodeAsync(lateMonth)));
        Assert.Equal((HttpStatusCode.NotFound, "plan.not-found"), (unknownPlanCalendar.StatusCode, await CodeAsync(unknownPlanCalendar)));
        Assert.Equal(before, (await EventRows.ReadAllAsync(connectionString)).Count);
    }

    private async Task<(PlatformApp App, string ConnectionString)> StartAsync(string name)
    {
        var connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        return (new PlatformApp(connectionString), connectionString);
    }

    private static async Task<string> PlanIdAsync(HttpClient client) =>
        (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static async Task<JsonObject> TimelineAsync(HttpClient client, string planId, string query)
    {
        var response = await client.GetAsync($"/api/v1/plans/{planId}/timeline?{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task<string[]> TitlesAsync(HttpClient client, string planId, string query) => Titles(await TimelineAsync(client, planId, query));

    private static string[] Titles(JsonObject page) => [.. page["items"]!.AsArray().Select(i => (string)i!["title"]!)];

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];

    /// <summary>Plans an action and then, if asked, completes, cancels or reschedules it through the API.</summary>
    private static async Task PlanAsync(
        HttpClient planner, string planId, string activity, string kind, string title, string date, string? locality,
        string? complete = null, bool cancel = false, string? rescheduleTo = null)
    {
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = activity, kind, title, plannedFrom = date, locality, responsibleOfficial = "Anna Andersson",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var id = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        (string Verb, object Body)? change =
            complete is not null ? ("complete", new { heldOn = complete, outcomeSummary = "Genomfört" })
            : cancel ? ("cancel", new { reason = "För få anmälda" })
            : rescheduleTo is not null ? ("reschedule", new { plannedFrom = rescheduleTo, reason = "Krock" })
            : null;
        if (change is { } c)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/actions/{id}/{c.Verb}") { Content = JsonContent.Create(c.Body) };
            request.Headers.IfMatch.Add(planned.Headers.ETag!);
            Assert.Equal(HttpStatusCode.OK, (await planner.SendAsync(request, Ct)).StatusCode);
        }
    }

    private static async Task<IReadOnlyList<string>> IndexDefinitionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("select indexdef from pg_indexes where tablename = 'mt_doc_timelineentry'", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var definitions = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            definitions.Add(reader.GetString(0));
        }

        return definitions;
    }
}
