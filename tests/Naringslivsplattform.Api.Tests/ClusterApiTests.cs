using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Micro-clusters and meetings on their request over the API, and how the meetings reach the process plan: a held
/// meeting shows on the plan's timeline under 1.2 and counts toward the "every cluster once a year" target and measure
/// 5 without the module writing the core's streams; a declined request is on no timeline.
/// Each test has a database of its own, so counts are exact.
/// </summary>
public sealed class ClusterApiTests(DatabaseFixture database)
{
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_held_meeting_is_on_the_plans_timeline_under_1_2_and_moves_the_cluster_coverage_target_while_a_declined_request_is_on_no_timeline()
    {
        await using var app = await StartAsync("cluster-progress");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var planId = await PlanIdAsync(planner);
        var clusters = (await planner.GetFromJsonAsync<JsonArray>("/api/v1/clusters", Ct))!;
        var saxnas = ClusterId(clusters, "Saxnäs");
        var companyId = await RegisterAsync(planner, "Saxnäs Fjällstugor AB", "Saxnäs");
        var coverageBefore = await CoverageTargetAsync(planner, planId);

        var requested = await RequestAsync(planner, saxnas, "2024-03-01");
        var scheduled = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/cluster-meetings/{requested.Id}/schedule", requested.ETag, new
        {
            scheduledOn = "2024-03-20", place = "Byagården", locality = "Saxnäs", responsible = "Anna Andersson",
        });
        var held = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/cluster-meetings/{requested.Id}/hold", scheduled.Headers.ETag!.Tag, new
        {
            heldOn = "2024-03-20", notes = "Vägen till byn behöver plogas tidigare.",
            attendees = new[] { new { name = "Anna Andersson", role = "Official" }, new { name = "Per Persson", role = "Politician" } },
            companyIds = new[] { companyId },
            issues = new object[] { new { text = "Brist på personalbostäder", companyId }, new { text = "Snöröjning på byvägen" } },
        });
        var declined = await RequestAsync(planner, ClusterId(clusters, "Kittelfjäll"), "2024-04-02");
        var decline = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/cluster-meetings/{declined.Id}/decline", declined.ETag, new { reason = "Frågan hör till näringslivsrådet." });

        var timeline = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?activity=1.2", Ct))!["items"]!.AsArray();
        var coverage = await CoverageTargetAsync(planner, planId);
        var measure5 = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/measures?year=2024", Ct))!
            .Single(m => (int)m!["number"]! == 5)!["activities"]!.AsArray().Single(a => (string?)a!["code"] == "1.2")!;
        var progress = (await planner.GetFromJsonAsync<JsonObject>("/api/v1/clusters/progress?year=2024", Ct))!;
        var meeting = (await held.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(["Företagarna", "Kittelfjäll", "Klimpfjäll", "Saxnäs"], clusters.Select(c => (string)c!["name"]!));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (scheduled.StatusCode, held.StatusCode, decline.StatusCode));
        var entry = Assert.Single(timeline)!;
        Assert.Equal(("ClusterMeeting", "Completed", "2024-03-20", "Saxnäs", $"kluster/moten/{requested.Id}", "Mikroklustermöte: Saxnäs"),
            ((string?)entry["kind"], (string?)entry["status"], (string?)entry["date"], (string?)entry["locality"], (string?)entry["link"], (string?)entry["title"]));
        Assert.Equal((0, 4), ((int)coverageBefore["done"]!, (int)coverageBefore["required"]!));
        Assert.Equal((1, 4), ((int)coverage["done"]!, (int)coverage["required"]!));
        Assert.DoesNotContain("Saxnäs", coverage["notYetCovered"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(1, (int)measure5["completed"]!);
        Assert.Equal("Saxnäs Fjällstugor AB", (string?)meeting["issues"]![0]!["companyName"]);
        var saxnasYear = progress["clusters"]!.AsArray().Single(c => (string?)c!["name"] == "Saxnäs")!;
        var kittelfjallYear = progress["clusters"]!.AsArray().Single(c => (string?)c!["name"] == "Kittelfjäll")!;
        Assert.Equal((1, 1, 0, "2024-03-20"), ((int)saxnasYear["requested"]!, (int)saxnasYear["held"]!, (int)saxnasYear["declined"]!, (string?)saxnasYear["lastHeldOn"]));
        Assert.Equal((1, 0, 1), ((int)kittelfjallYear["requested"]!, (int)kittelfjallYear["held"]!, (int)kittelfjallYear["declined"]!));
        Assert.Equal([("town", 0), ("mountain-valleys", 1), ("countryside", 0)],
            progress["areas"]!.AsArray().Select(a => ((string)a!["area"]!, (int)a["held"]!)));
    }

    [Fact]
    public async Task Bad_clusters_and_meetings_get_problem_details_with_a_code_and_append_nothing()
    {
        await using var app = await StartAsync("cluster-bad");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var clusters = (await planner.GetFromJsonAsync<JsonArray>("/api/v1/clusters", Ct))!;
        var klimpfjall = ClusterId(clusters, "Klimpfjäll");
        var clusterETag = (await planner.GetAsync($"/api/v1/clusters/{klimpfjall}", Ct)).Headers.ETag!.Tag;
        var requested = await RequestAsync(planner, klimpfjall, "2024-05-10");
        var scheduledMeeting = await RequestAsync(planner, klimpfjall, "2024-05-11");
        var scheduled = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/cluster-meetings/{scheduledMeeting.Id}/schedule", scheduledMeeting.ETag, new
        {
            scheduledOn = "2024-06-01", locality = "Klimpfjäll", responsible = "Anna Andersson",
        });
        var scheduledETag = scheduled.Headers.ETag!.Tag;
        var meetings = "/api/v1/cluster-meetings";
        var tomorrow = SwedishTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var attendees = new[] { new { name = "Anna Andersson", role = "Official" } };
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;

        var responses = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/clusters", new { name = "saxnäs" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/clusters", new { name = " " }, Ct),
            await planner.PostAsJsonAsync("/api/v1/clusters", new { name = "Borgafjäll", locality = "Borgafjäll" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/clusters", new { name = "Dikanäs", locality = "Dikanäs", contact = new { name = "Eva", email = "eva@" } }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/clusters/{klimpfjall}/members", clusterETag, new { companyId = Guid.NewGuid() }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/clusters/{klimpfjall}/rename", clusterETag, new { name = "Kittelfjäll" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/clusters/{klimpfjall}/rename", "\"9\"", new { name = "Klimpfjällsbyn" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/clusters/{klimpfjall}/rename", null, new { name = "Klimpfjällsbyn" }),
            await planner.PostAsJsonAsync(meetings, new { clusterId = Guid.NewGuid(), receivedOn = "2024-05-10", wish = "Möte", requestedBy = "Eva" }, Ct),
            await planner.PostAsJsonAsync(meetings, new { clusterId = klimpfjall, receivedOn = tomorrow, wish = "Möte", requestedBy = "Eva" }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{requested.Id}/hold", requested.ETag, new { heldOn = "2024-05-20", attendees }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{requested.Id}/reschedule", requested.ETag, new { scheduledOn = "2024-05-20" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{requested.Id}/schedule", requested.ETag, new { scheduledOn = "2024-05-20", locality = "Borgafjäll", responsible = "Anna" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{requested.Id}/decline", requested.ETag, new { reason = "" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{scheduledMeeting.Id}/hold", scheduledETag, new { heldOn = "2024-05-01", attendees }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{scheduledMeeting.Id}/hold", scheduledETag, new { heldOn = tomorrow, attendees }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{scheduledMeeting.Id}/hold", scheduledETag, new { heldOn = "2024-06-01", attendees, companyIds = new[] { Guid.NewGuid() } }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{scheduledMeeting.Id}/decline", scheduledETag, new { reason = "För sent" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{scheduledMeeting.Id}/cancel", "\"1\"", new { reason = "Sjuk" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetings}/{scheduledMeeting.Id}/cancel", null, new { reason = "Sjuk" }),
            await planner.GetAsync("/api/v1/clusters/progress?year=1999", Ct),
        };
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonObject>(Ct)));
        var problems = responses.Zip(bodies, (r, body) => ((int)r.StatusCode, (string?)body!["code"]));

        Assert.Equal(
            [(409, "cluster.duplicate-name"), (400, "cluster.name-required"), (400, "cluster.unknown-locality"), (400, "cluster.contact-email-invalid"),
             (400, "cluster.unknown-company"), (409, "cluster.duplicate-name"), (412, "cluster.version-stale"), (428, "cluster.version-required"),
             (400, "cluster-meeting.unknown-cluster"), (400, "cluster-meeting.received-on-invalid"), (409, "cluster-meeting.not-scheduled"),
             (409, "cluster-meeting.not-scheduled"), (400, "cluster-meeting.unknown-locality"), (400, "cluster-meeting.reason-required"),
             (400, "cluster-meeting.held-before-request"), (400, "cluster-meeting.held-in-future"), (400, "cluster-meeting.unknown-company"),
             (409, "cluster-meeting.decline-after-scheduling"), (412, "cluster-meeting.version-stale"), (428, "cluster-meeting.version-required"),
             (400, "cluster-progress.year-invalid")],
            problems);
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);
        Assert.Equal("Ett möte kan inte ha hållits innan klustret bad om det (2024-05-11).", (string?)bodies[14]!["title"]);
    }

    [Fact]
    public async Task Members_come_from_the_register_a_retried_create_gets_the_first_cluster_and_the_history_tells_what_happened()
    {
        await using var app = await StartAsync("cluster-members");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var companyId = await RegisterAsync(planner, "Dikanäs Camping AB", "Dikanäs");
        var body = new { name = "Vojmådalen", locality = "Dikanäs", contact = new { name = "Eva Ek", phone = "070-123 45 67", email = "eva@example.se" } };

        var first = await planner.PostWithIdempotencyKeyAsync("/api/v1/clusters", "kluster-1", body);
        var created = (await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var retried = await planner.PostWithIdempotencyKeyAsync("/api/v1/clusters", "kluster-1", body);
        var clusterUrl = $"/api/v1/clusters/{created["id"]}";
        var added = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{clusterUrl}/members", first.Headers.ETag!.Tag, new { companyId });
        var again = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{clusterUrl}/members", added.Headers.ETag!.Tag, new { companyId });
        var renamed = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{clusterUrl}/rename", added.Headers.ETag!.Tag, new { name = "Vojmådalens företagare" });
        var removed = await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"{clusterUrl}/members/{companyId}", renamed.Headers.ETag!.Tag, null);
        var history = (await planner.GetFromJsonAsync<JsonArray>($"{clusterUrl}/history", Ct))!;
        var cluster = (await removed.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal((HttpStatusCode.Created, "mountain-valleys", "Fjälldalarna", "eva@example.se"),
            (first.StatusCode, (string?)created["area"], (string?)created["areaName"], (string?)created["contact"]!["email"]));
        Assert.Equal((string?)created["id"], (string?)(await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]);
        Assert.Equal("Dikanäs Camping AB", (string?)(await added.Content.ReadFromJsonAsync<JsonObject>(Ct))!["members"]![0]!["companyName"]);
        Assert.Equal((HttpStatusCode.Conflict, "cluster.already-member"), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal(("Vojmådalens företagare", 0), ((string?)cluster["name"], cluster["members"]!.AsArray().Count));
        Assert.Equal(
            ["Mikroklustret lades till: Vojmådalen, Fjälldalarna", "Dikanäs Camping AB blev medlem", "Klustret bytte namn till Vojmådalens företagare", "Ett medlemsföretag togs bort"],
            history.Select(h => (string?)h!["description"]));
        Assert.StartsWith("api-nyckel:", (string?)history[0]!["userName"], StringComparison.Ordinal);
    }

    private async Task<PlatformApp> StartAsync(string name)
    {
        _connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        var app = new PlatformApp(_connectionString);
        _ = app.Services;
        return app;
    }

    private static string ClusterId(JsonArray clusters, string name) => (string)clusters.Single(c => (string?)c!["name"] == name)!["id"]!;

    private static async Task<string> RegisterAsync(HttpClient planner, string name, string locality)
    {
        var response = await planner.PostAsJsonAsync("/api/v1/companies", new
        {
            organisationNumber = OrganisationNumbers.Next(), name, sniCodes = new[] { "55101" }, locality, sizeClass = "5-9",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    private static async Task<(string Id, string ETag)> RequestAsync(HttpClient planner, string clusterId, string receivedOn)
    {
        var response = await planner.PostAsJsonAsync("/api/v1/cluster-meetings", new { clusterId, receivedOn, wish = "Träff om vinterns vägar", requestedBy = "Eva Ek" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!, response.Headers.ETag!.Tag);
    }

    private static async Task<JsonObject> CoverageTargetAsync(HttpClient planner, string planId) =>
        (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024", Ct))!
            .Single(p => (string?)p!["targetKey"] == "mikrokluster-per-ar")!.AsObject();

    private static async Task<string> PlanIdAsync(HttpClient client) => (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];
}
