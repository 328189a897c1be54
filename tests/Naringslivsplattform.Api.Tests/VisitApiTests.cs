using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Company visits over the API, and how they reach the process plan: a visit recorded in the Companies module shows on
/// the plan's timeline under 1.3 and counts toward its targets without the module writing the core's streams.
/// Each test has a database of its own, so counts are exact.
/// </summary>
public sealed class VisitApiTests(DatabaseFixture database)
{
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_completed_visit_is_on_the_plans_timeline_under_1_3_and_counts_toward_a_visit_target_live_as_of_and_after_a_rebuild()
    {
        await using var app = await StartAsync("visit-progress");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var planId = await PlanIdAsync(planner);
        var targets = await planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
        var target = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/foretagsbesok-per-ar", targets.Headers.ETag!.Tag, new
        {
            activityCode = "1.3", kind = "count", description = "Minst 2 företagsbesök per år", actionKind = "CompanyVisit", minimumPerYear = 2, years = new[] { 2024 },
            source = "Planerar löpande företagsbesök",
        });
        var companyId = await RegisterAsync(planner, "Fjällbageriet AB", "Saxnäs");

        var planned = await PlanAsync(planner, companyId, "2024-03-05");
        var completed = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/visits/{Id(planned.Body)}/complete", planned.ETag, new
        {
            heldOn = "2024-03-06", notes = "Behöver större lokaler inom två år.",
        });
        var entry = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?activity=1.3", Ct))!["items"]!.AsArray().Single()!;
        var progress = await VisitTargetAsync(planner, planId, "");
        var measure5 = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/measures?year=2024", Ct))!
            .Single(m => (int)m!["number"]! == 5)!["activities"]!.AsArray().Single(a => (string?)a!["code"] == "1.3")!;
        var asOfToday = await VisitTargetAsync(planner, planId, $"&asOf={SwedishTime.Today(TimeProvider.System):yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(("CompanyVisit", "Completed", "2024-03-06", "Saxnäs", "contribution", $"besok/{Id(planned.Body)}", "Företagsbesök: Fjällbageriet AB"),
            ((string?)entry["kind"], (string?)entry["status"], (string?)entry["date"], (string?)entry["locality"], (string?)entry["source"], (string?)entry["link"], (string?)entry["title"]));
        Assert.Equal((1, 2), ((int)progress["done"]!, (int)progress["required"]!));
        Assert.Equal((1, 0), ((int)measure5["completed"]!, (int)measure5["planned"]!));
        Assert.Equal((1, 2), ((int)asOfToday["done"]!, (int)asOfToday["required"]!));

        var live = await planner.GetStringAsync($"/api/v1/plans/{planId}/timeline", Ct);
        await TestSql.ExecuteAsync(_connectionString, "delete from naringsliv.mt_doc_timelineentry");
        await app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase().RebuildProjectionAsync("Timeline", Ct);
        Assert.Equal(live, await planner.GetStringAsync($"/api/v1/plans/{planId}/timeline", Ct));
    }

    [Fact]
    public async Task Planned_and_cancelled_visits_do_not_count_and_a_visit_outside_every_plan_is_on_no_timeline()
    {
        await using var app = await StartAsync("visit-not-counted");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var planId = await PlanIdAsync(planner);
        var companyId = await RegisterAsync(planner, "Sågverket i Dikanäs AB", "Dikanäs");

        var cancelled = await PlanAsync(planner, companyId, "2024-04-10");
        var cancel = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/visits/{Id(cancelled.Body)}/cancel", cancelled.ETag, new { reason = "Företaget bad om ett senare datum." });
        var stillPlanned = await PlanAsync(planner, companyId, "2024-05-20");
        var outside = await PlanAsync(planner, companyId, "2026-01-15");
        var timeline = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?activity=1.3", Ct))!["items"]!.AsArray();
        var trace = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/measures?year=2024", Ct))!
            .Single(m => (int)m!["number"]! == 5)!["activities"]!.AsArray().Single(a => (string?)a!["code"] == "1.3")!;

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(planId, (string?)stillPlanned.Body["planId"]);
        Assert.Null((string?)outside.Body["planId"]);
        Assert.Equal(["Cancelled", "Planned"], timeline.Select(e => (string)e!["status"]!).Order());
        Assert.Equal((0, 1, 1), ((int)trace["completed"]!, (int)trace["planned"]!, (int)trace["cancelled"]!));
    }

    [Fact]
    public async Task Who_else_visits_the_company_within_30_days_is_told_when_planning()
    {
        await using var app = await StartAsync("visit-nearby");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var companyId = await RegisterAsync(planner, "Kittelfjälls Fjällhotell AB", "Kittelfjäll");
        var other = await RegisterAsync(planner, "Stalons Handel AB", "Stalon");
        var first = await PlanAsync(planner, companyId, "2024-09-02", ("Per Persson", "Politician"));
        await PlanAsync(planner, companyId, "2024-11-20");
        await PlanAsync(planner, other, "2024-09-10");

        var nearby = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/companies/{companyId}/nearby-visits?day=2024-09-15", Ct))!;
        var bad = await planner.GetAsync($"/api/v1/companies/{companyId}/nearby-visits?day=15/9", Ct);

        var only = Assert.Single(nearby)!;
        Assert.Equal((Id(first.Body), "2024-09-02", "Per Persson", "Politician"),
            ((string?)only["id"], (string?)only["date"], (string?)only["visitors"]![0]!["name"], (string?)only["visitors"]![0]!["role"]));
        Assert.Equal((HttpStatusCode.BadRequest, "visit.day-invalid"), (bad.StatusCode, await CodeAsync(bad)));
    }

    [Fact]
    public async Task Bad_visits_get_problem_details_with_a_code_and_append_nothing()
    {
        await using var app = await StartAsync("visit-bad");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var companyId = await RegisterAsync(planner, "Malgomajs Fiske AB", "Malgovik");
        var visit = await PlanAsync(planner, companyId, "2024-06-11");
        var visitUrl = $"/api/v1/visits/{Id(visit.Body)}";
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;

        var responses = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/visits", new { companyId = Guid.NewGuid(), plannedOn = "2024-06-11", visitors = Visitors() }, Ct),
            await planner.PostAsJsonAsync("/api/v1/visits", new { companyId, plannedOn = "2024-06-11", visitors = Array.Empty<object>() }, Ct),
            await planner.PostAsJsonAsync("/api/v1/visits", new { companyId, plannedOn = "2024-06-11", visitors = new[] { new { name = "Eva", role = "Chef" } } }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/complete", visit.ETag, new { heldOn = SwedishTime.Today(TimeProvider.System).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/complete", visit.ETag, new { heldOn = "2024-06-11", answers = new[] { new { questionKey = "lokaler", yesNo = true } } }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/complete", visit.ETag, new { heldOn = "2024-06-11", questionnaireId = Guid.NewGuid() }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/cancel", visit.ETag, new { reason = " " }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/cancel", "\"7\"", new { reason = "Sjuk" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/cancel", null, new { reason = "Sjuk" }),
            await planner.GetAsync("/api/v1/visits?status=Okänd", Ct),
        };
        var problems = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, await CodeAsync(r))));

        Assert.Equal(
            [(400, "visit.unknown-company"), (400, "visit.visitors-required"), (400, "visit.visitor-role-invalid"), (400, "visit.held-on-in-future"),
             (400, "visit.answers-without-questionnaire"), (400, "visit.unknown-questionnaire"), (400, "visit.cancel-reason-required"),
             (412, "visit.version-stale"), (428, "visit.version-required"), (400, "visit.unknown-status")],
            problems);
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);

        var done = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/complete", visit.ETag, new { heldOn = "2024-06-11" });
        var again = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{visitUrl}/cancel", done.Headers.ETag!.Tag, new { reason = "För sent" });
        var problem = (await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal((HttpStatusCode.Conflict, "visit.already-completed"), (again.StatusCode, (string?)problem["code"]));
        Assert.Equal("Besöket är redan rapporterat som genomfört och kan inte ändras.", (string?)problem["title"]);
    }

    [Fact]
    public async Task A_retried_plan_with_the_same_idempotency_key_gets_the_first_visit_and_the_history_tells_who_planned_it()
    {
        await using var app = await StartAsync("visit-retry");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var companyId = await RegisterAsync(planner, "Vojmådalens Bygg AB", "Dikanäs");
        var body = new { companyId, plannedOn = "2024-02-14", visitors = Visitors(), purpose = "Första kontakt" };

        var first = await planner.PostWithIdempotencyKeyAsync("/api/v1/visits", "besok-1", body);
        var firstId = Id((await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
        var retried = await planner.PostWithIdempotencyKeyAsync("/api/v1/visits", "besok-1", body);
        var list = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/visits?companyId={companyId}", Ct))!;
        var history = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/visits/{firstId}/history", Ct))!;
        var companyHistory = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/companies/{companyId}/history", Ct))!;
        var notAVisit = await planner.GetAsync($"/api/v1/visits/{companyId}/history", Ct);

        Assert.Equal(firstId, Id((await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!));
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, (int)list["total"]!);
        Assert.Equal(("company_visit_planned", "Besök hos Vojmådalens Bygg AB planerades till 2024-02-14"), ((string?)history.Single()!["eventType"], (string?)history.Single()!["description"]));
        Assert.StartsWith("api-nyckel:", (string?)history.Single()!["userName"], StringComparison.Ordinal);
        Assert.Equal("Företaget registrerades: Vojmådalens Bygg AB, Dikanäs", (string?)companyHistory.Single()!["description"]);
        Assert.Equal((HttpStatusCode.NotFound, "visit.not-found"), (notAVisit.StatusCode, await CodeAsync(notAVisit)));
    }

    private async Task<PlatformApp> StartAsync(string name)
    {
        _connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        var app = new PlatformApp(_connectionString);
        _ = app.Services;
        return app;
    }

    private static object[] Visitors(params (string Name, string Role)[] visitors) =>
        [.. (visitors.Length == 0 ? [("Anna Andersson", "Official")] : visitors).Select(v => new { name = v.Name, role = v.Role })];

    private static async Task<string> RegisterAsync(HttpClient planner, string name, string locality)
    {
        var response = await planner.PostAsJsonAsync("/api/v1/companies", new
        {
            organisationNumber = OrganisationNumbers.Next(), name, sniCodes = new[] { "55101" }, locality, sizeClass = "5-9",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Id((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    private static async Task<(JsonObject Body, string ETag)> PlanAsync(HttpClient planner, string companyId, string day, params (string Name, string Role)[] visitors)
    {
        var response = await planner.PostAsJsonAsync("/api/v1/visits", new { companyId, plannedOn = day, visitors = Visitors(visitors) }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    private static async Task<JsonObject> VisitTargetAsync(HttpClient planner, string planId, string query) =>
        (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024{query}", Ct))!
            .Single(p => (string?)p!["targetKey"] == "foretagsbesok-per-ar")!.AsObject();

    private static async Task<string> PlanIdAsync(HttpClient client) => (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static string Id(JsonObject body) => (string)body["id"]!;

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];
}
