using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// School collaboration over the API: the school register with its programmes, industry councils and their meetings, and
/// meetings with lead teachers, which count toward activity 2.1 of the plan. Each test has a database of its own, so counts are exact.
/// </summary>
public sealed class SchoolApiTests(DatabaseFixture database)
{
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_school_is_registered_listed_renamed_and_given_a_programme_and_bad_school_input_appends_nothing()
    {
        await using var app = await StartAsync("school-register");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var school = await RegisterAsync(planner, "Malgomajskolan", "UpperSecondary");
        var primary = await RegisterAsync(planner, "Volgsjöskolan", "Primary");
        var schoolUrl = $"/api/v1/schools/{Id(school.Body)}";
        var withProgramme = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{schoolUrl}/programmes", school.ETag, new { name = "försäljnings- och serviceprogrammet" });
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;

        var responses = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/schools", new { name = " malgomajskolan ", level = "Primary" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/schools", new { name = " ", level = "Primary" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/schools", new { name = "Dikanäs skola", level = "Förskola" }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{schoolUrl}/programmes", withProgramme.Headers.ETag!.Tag, new { name = "Försäljnings- och serviceprogrammet" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{schoolUrl}/programmes", withProgramme.Headers.ETag!.Tag, new { name = "Rymdprogrammet" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/schools/{Id(primary.Body)}/programmes", primary.ETag, new { name = "Teknikprogrammet" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, schoolUrl, withProgramme.Headers.ETag!.Tag, new { name = "Volgsjöskolan" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, schoolUrl, school.ETag, new { name = "Nya Malgomajskolan" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, schoolUrl, null, new { name = "Nya Malgomajskolan" }),
            await planner.GetAsync($"/api/v1/schools/{Guid.NewGuid()}", Ct),
            await planner.GetAsync("/api/v1/schools?level=Universitet", Ct),
        };
        var problems = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, await CodeAsync(r))));

        Assert.Equal(HttpStatusCode.OK, withProgramme.StatusCode);
        Assert.Equal(
            [(409, "school.duplicate-name"), (400, "school.name-invalid"), (400, "school.level-invalid"), (409, "school.duplicate-programme"),
             (400, "school.programme-unknown"), (400, "school.programme-needs-upper-secondary"), (409, "school.duplicate-name"),
             (412, "school.version-stale"), (428, "school.version-required"), (404, "school.not-found"), (400, "school.level-invalid")],
            problems);
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);

        var renamed = await planner.SendWithIfMatchAsync(HttpMethod.Put, schoolUrl, withProgramme.Headers.ETag!.Tag, new { name = "Malgomajskolan i Vilhelmina" });
        var reused = await planner.PostAsJsonAsync("/api/v1/schools", new { name = "Malgomajskolan", level = "Primary" }, Ct);
        var upper = (await planner.GetFromJsonAsync<JsonArray>("/api/v1/schools?level=UpperSecondary", Ct))!;
        var history = (await planner.GetFromJsonAsync<JsonArray>($"{schoolUrl}/history", Ct))!;

        Assert.Equal((HttpStatusCode.OK, "\"3\""), (renamed.StatusCode, renamed.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        var listed = Assert.Single(upper)!;
        Assert.Equal(("Malgomajskolan i Vilhelmina", "Försäljnings- och serviceprogrammet"), ((string?)listed["name"], (string?)listed["programmes"]![0]!["name"]));
        Assert.Equal(["Skolan Malgomajskolan registrerades.", "Försäljnings- och serviceprogrammet lades till.", "Skolan bytte namn till Malgomajskolan i Vilhelmina."],
            history.Select(h => (string?)h!["description"]));
    }

    [Fact]
    public async Task Held_council_and_lead_teacher_meetings_are_on_the_plans_timeline_under_2_1_and_count_toward_a_council_target_live_and_as_of()
    {
        await using var app = await StartAsync("school-progress");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var targets = await planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
        var target = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/branschrad-per-ar", targets.Headers.ETag!.Tag, new
        {
            activityCode = "2.1", kind = "count", description = "Minst 2 branschrådsmöten per år", actionKind = "IndustryCouncilMeeting", minimumPerYear = 2, years = new[] { 2024 },
            source = "Branschråd för Försäljnings- och serviceprogrammet",
        });
        var (school, council) = await CouncilAsync(planner, "Malgomajskolan");
        var companyId = await CompanyAsync(planner, "Vilhelmina Handel AB");
        var member = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/industry-councils/{Id(council.Body)}/members", council.ETag, new { companyId, seatHolder = "Lisa Berg", seatHolderRole = "VD" });

        var meeting = await CreatedAsync(planner, $"/api/v1/industry-councils/{Id(council.Body)}/meetings", new { plannedOn = "2024-03-05", responsible = "Anna Andersson" });
        var held = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/industry-council-meetings/{Id(meeting.Body)}/hold", meeting.ETag, new
        {
            heldOn = "2024-03-06", notes = "Praktikplatser till våren.", attendingCompanyIds = new[] { companyId }, attendees = new[] { "Lisa Berg", "Anna Andersson" },
        });
        var teachers = await CreatedAsync(planner, "/api/v1/lead-teacher-meetings", new
        {
            schoolId = Id(school.Body), plannedOn = "2024-04-10", leadTeachers = new[] { "Karin Ek" }, plannedActivities = new[] { "Entreprenörskapsvecka i åk 8" },
        });
        var teachersHeld = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/lead-teacher-meetings/{Id(teachers.Body)}/hold", teachers.ETag, new
        {
            heldOn = "2024-04-10", leadTeachers = new[] { "Karin Ek", "Olle Nilsson" }, plannedActivities = new[] { "Entreprenörskapsvecka i åk 8", "Företagsbesök i åk 9" },
        });
        var timeline = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?activity=2.1", Ct))!["items"]!.AsArray();
        var progress = await CouncilTargetAsync(planner, planId, "");
        var asOfToday = await CouncilTargetAsync(planner, planId, $"&asOf={SwedishTime.Today(TimeProvider.System):yyyy-MM-dd}");
        var memberBody = (await member.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var seat = (await CompanyTiesReader.WaitForAsync(planner, companyId, ties => ties.Count == 1)).Single()!;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (target.StatusCode, member.StatusCode, held.StatusCode, teachersHeld.StatusCode));
        Assert.Equal(("Vilhelmina Handel AB", "Lisa Berg"), ((string?)memberBody["members"]![0]!["companyName"], (string?)memberBody["members"]![0]!["seatHolder"]));
        Assert.Equal(
            [("IndustryCouncilMeeting", "Completed", "2024-03-06", "contribution", $"skolor/branschradsmoten/{Id(meeting.Body)}",
              "Branschrådsmöte: Branschråd Försäljnings- och serviceprogrammet, Malgomajskolan"),
             ("LeadTeacherMeeting", "Completed", "2024-04-10", "contribution", $"skolor/forstelararmoten/{Id(teachers.Body)}", "Möte med förstelärare: Malgomajskolan")],
            timeline.Select(e => ((string?)e!["kind"], (string?)e["status"], (string?)e["date"], (string?)e["source"], (string?)e["link"], (string?)e["title"])));
        Assert.Equal((1, 2), ((int)progress["done"]!, (int)progress["required"]!));
        Assert.Equal((1, 2), ((int)asOfToday["done"]!, (int)asOfToday["required"]!));
        Assert.Equal(("IndustryCouncilSeat", "Branschråd Försäljnings- och serviceprogrammet, Malgomajskolan", $"skolor/branschrad/{Id(council.Body)}"),
            ((string?)seat["kind"], (string?)seat["holderName"], (string?)seat["link"]));
    }

    [Fact]
    public async Task Bad_council_and_meeting_input_gets_problem_details_with_a_code_and_appends_nothing()
    {
        await using var app = await StartAsync("school-bad");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var (school, council) = await CouncilAsync(planner, "Slussfors skola");
        var outsider = await CompanyAsync(planner, "Stalons Handel AB");
        var councilUrl = $"/api/v1/industry-councils/{Id(council.Body)}";
        var start = new { schoolId = Id(school.Body), programmeId = (string)school.Body["programmes"]![0]!["id"]! };
        var meeting = await CreatedAsync(planner, $"{councilUrl}/meetings", new { plannedOn = "2024-05-14" });
        var meetingUrl = $"/api/v1/industry-council-meetings/{Id(meeting.Body)}";
        var teachers = await CreatedAsync(planner, "/api/v1/lead-teacher-meetings", new { schoolId = Id(school.Body), plannedOn = "2024-05-20" });
        var tomorrow = SwedishTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;

        var responses = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/industry-councils", start, Ct),
            await planner.PostWithIdempotencyKeyAsync("/api/v1/industry-councils", "andra-radet", start),
            await planner.PostAsJsonAsync("/api/v1/industry-councils", new { schoolId = Id(school.Body), programmeId = Guid.NewGuid() }, Ct),
            await planner.PostAsJsonAsync("/api/v1/industry-councils", new { schoolId = Guid.NewGuid(), programmeId = Guid.NewGuid() }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{councilUrl}/members", council.ETag, new { companyId = Guid.NewGuid() }),
            await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"{councilUrl}/members/{outsider}", council.ETag, null),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{councilUrl}/members", null, new { companyId = outsider }),
            await planner.PostAsJsonAsync($"/api/v1/industry-councils/{Guid.NewGuid()}/meetings", new { plannedOn = "2024-05-14" }, Ct),
            await planner.PostAsJsonAsync($"{councilUrl}/meetings", new { agenda = "Utan datum" }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetingUrl}/hold", meeting.ETag, new { heldOn = "2024-05-14", attendingCompanyIds = new[] { outsider } }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetingUrl}/hold", meeting.ETag, new { heldOn = tomorrow }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetingUrl}/cancel", meeting.ETag, new { reason = " " }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetingUrl}/cancel", "\"9\"", new { reason = "Sjuk" }),
            await planner.PostAsJsonAsync("/api/v1/lead-teacher-meetings", new { schoolId = Guid.NewGuid(), plannedOn = "2024-05-20" }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/lead-teacher-meetings/{Id(teachers.Body)}/hold", teachers.ETag, new { heldOn = "2024-05-20", leadTeachers = new[] { " " } }),
        };
        var problems = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, await CodeAsync(r))));

        Assert.Equal(
            [(409, "industry-council.duplicate"), (409, "industry-council.duplicate"), (400, "industry-council.unknown-programme"), (400, "industry-council.unknown-school"),
             (400, "industry-council.unknown-company"), (404, "industry-council.not-a-member"), (428, "industry-council.version-required"),
             (404, "industry-council.not-found"), (400, "council-meeting.day-required"), (400, "council-meeting.unknown-company"),
             (400, "council-meeting.held-on-in-future"), (400, "council-meeting.reason-required"), (412, "council-meeting.version-stale"),
             (400, "lead-teacher-meeting.unknown-school"), (400, "lead-teacher-meeting.lead-teachers-required")],
            problems);
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);

        var cancelled = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetingUrl}/cancel", meeting.ETag, new { reason = "För få kunde komma." });
        var heldAfter = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{meetingUrl}/hold", cancelled.Headers.ETag!.Tag, new { heldOn = "2024-05-14" });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, "council-meeting.already-cancelled"), (cancelled.StatusCode, heldAfter.StatusCode, await CodeAsync(heldAfter)));
    }

    [Fact]
    public async Task A_retried_council_start_with_the_same_idempotency_key_gets_the_first_council_and_a_renamed_school_renames_its_council()
    {
        await using var app = await StartAsync("school-council-retry");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var school = await RegisterAsync(planner, "Hemavans skola", "UpperSecondary");
        var withProgramme = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/schools/{Id(school.Body)}/programmes", school.ETag, new { name = "Hotell- och turismprogrammet" });
        var programmeId = (string)(await withProgramme.Content.ReadFromJsonAsync<JsonObject>(Ct))!["programmes"]![0]!["id"]!;
        var start = new { schoolId = Id(school.Body), programmeId };

        var first = await planner.PostWithIdempotencyKeyAsync("/api/v1/industry-councils", "radet-1", start);
        var retried = await planner.PostWithIdempotencyKeyAsync("/api/v1/industry-councils", "radet-1", start);
        var firstId = Id((await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
        var renamed = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/schools/{Id(school.Body)}", withProgramme.Headers.ETag!.Tag, new { name = "Hemavan Tärnaby skola" });
        var councils = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/industry-councils?schoolId={Id(school.Body)}", Ct))!;
        var history = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/industry-councils/{firstId}/history", Ct))!;

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retried.StatusCode, renamed.StatusCode));
        Assert.Equal(firstId, Id((await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!));
        Assert.Equal("Branschråd Hotell- och turismprogrammet, Hemavan Tärnaby skola", (string?)Assert.Single(councils)!["name"]);
        Assert.Equal(["industry_council_started", "council_school_renamed"], history.Select(h => (string?)h!["eventType"]));
    }

    [Fact]
    public async Task A_council_start_replayed_with_its_key_is_marked_a_replay_and_the_key_sent_for_another_programme_is_refused_as_reused()
    {
        await using var app = await StartAsync("school-council-key-reused");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var school = await RegisterAsync(planner, "Hemavans skola", "UpperSecondary");
        var first = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/schools/{Id(school.Body)}/programmes", school.ETag, new { name = "Hotell- och turismprogrammet" });
        var second = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/schools/{Id(school.Body)}/programmes", first.Headers.ETag!.Tag, new { name = "Ekonomiprogrammet" });
        var programmes = (await second.Content.ReadFromJsonAsync<JsonObject>(Ct))!["programmes"]!.AsArray().Select(p => (string)p!["id"]!).ToList();

        var started = await planner.PostWithIdempotencyKeyAsync("/api/v1/industry-councils", "radet-1", new { schoolId = Id(school.Body), programmeId = programmes[0] });
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;
        var replayed = await planner.PostWithIdempotencyKeyAsync("/api/v1/industry-councils", "radet-1", new { schoolId = Id(school.Body), programmeId = programmes[0] });
        var reused = await planner.PostWithIdempotencyKeyAsync("/api/v1/industry-councils", "radet-1", new { schoolId = Id(school.Body), programmeId = programmes[1] });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, true), (started.StatusCode, replayed.StatusCode, replayed.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal((HttpStatusCode.Conflict, "idempotency-key.reused"), (reused.StatusCode, await CodeAsync(reused)));
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);
    }

    private async Task<PlatformApp> StartAsync(string name)
    {
        _connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        var app = new PlatformApp(_connectionString);
        _ = app.Services;
        return app;
    }

    private static Task<(JsonObject Body, string ETag)> RegisterAsync(HttpClient planner, string name, string level) =>
        CreatedAsync(planner, "/api/v1/schools", new { name, level });

    /// <summary>An upper-secondary school with Försäljnings- och serviceprogrammet and the programme's industry council.</summary>
    private static async Task<((JsonObject Body, string ETag) School, (JsonObject Body, string ETag) Council)> CouncilAsync(HttpClient planner, string schoolName)
    {
        var school = await RegisterAsync(planner, schoolName, "UpperSecondary");
        var withProgramme = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/schools/{Id(school.Body)}/programmes", school.ETag, new { name = "Försäljnings- och serviceprogrammet" });
        var schoolBody = (await withProgramme.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var council = await CreatedAsync(planner, "/api/v1/industry-councils", new { schoolId = Id(schoolBody), programmeId = (string)schoolBody["programmes"]![0]!["id"]! });
        return ((schoolBody, withProgramme.Headers.ETag!.Tag), council);
    }

    private static async Task<(JsonObject Body, string ETag)> CreatedAsync(HttpClient planner, string url, object body)
    {
        var response = await planner.PostAsJsonAsync(url, body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    private static async Task<string> CompanyAsync(HttpClient planner, string name) =>
        Id((await CreatedAsync(planner, "/api/v1/companies", new
        {
            organisationNumber = OrganisationNumbers.Next(), name, sniCodes = new[] { "47111" }, locality = "Vilhelmina", sizeClass = "5-9",
        })).Body);

    private static async Task<JsonObject> CouncilTargetAsync(HttpClient planner, string planId, string query) =>
        (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024{query}", Ct))!
            .Single(p => (string?)p!["targetKey"] == "branschrad-per-ar")!.AsObject();

    private static string Id(JsonObject body) => (string)body["id"]!;

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];
}
