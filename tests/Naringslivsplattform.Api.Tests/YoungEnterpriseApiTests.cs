using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;
using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// UF companies and UF events over the API, and how UF events reach the process plan: a UF day held in the
/// YoungEnterprise module shows on the plan's timeline under 2.2 and counts toward its targets without the module
/// writing the core's streams. Each test has a database of its own, so counts are exact.
/// </summary>
public sealed class YoungEnterpriseApiTests(DatabaseFixture database)
{
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_held_uf_day_is_on_the_plans_timeline_under_2_2_and_counts_toward_a_uf_day_target_live_and_as_of()
    {
        await using var app = await StartAsync("uf-progress");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var planId = await PlanIdAsync(planner);
        var targets = await planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
        var target = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/uf-dag-per-ar", targets.Headers.ETag!.Tag, new
        {
            activityCode = "2.2", kind = "count", description = "UF-dagen i grundskolan hålls varje år", actionKind = "PrimarySchoolUfDay", minimumPerYear = 1,
            years = new[] { 2024 }, source = "Ung företagsamhet grundskolan 21 aug",
        });
        var schoolId = await SchoolAsync(planner, "Parkskolan", "Primary");
        var gymnasiumId = await SchoolAsync(planner, "Malgomajskolan", "UpperSecondary");
        var ufCompany = await RegisterAsync(planner, new { schoolYear = "2024/25", schoolId = gymnasiumId, name = "Fjällglass UF", students = 4, businessIdea = "Glass av fjällbär" });

        var planned = await CreateAsync(planner, "/api/v1/uf-events", new
        {
            kind = "PrimarySchoolUfDay", plannedOn = "2024-08-21", schoolId, locality = "Vilhelmina", responsible = "Anna Andersson",
        });
        var held = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/uf-events/{Id(planned.Body)}/hold", planned.ETag, new
        {
            heldOn = "2024-08-21", students = 48, classes = 3, studentCompanyIds = new[] { Id(ufCompany.Body) }, visitors = 5,
        });
        var entry = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?activity=2.2", Ct))!["items"]!.AsArray().Single()!;
        var live = await UfDayTargetAsync(planner, planId, "");
        var events = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/uf-events?schoolYear=2024/25&kind=PrimarySchoolUfDay&schoolId={schoolId}", Ct))!;
        await MoveAsync(planId, "2023-01-02 09:00:00+01", version: null);
        await MoveAsync(Id(planned.Body), "2024-08-01 10:00:00+02", version: 1);
        await MoveAsync(Id(planned.Body), "2024-08-22 09:00:00+02", version: 2);
        var dayBefore = await UfDayTargetAsync(planner, planId, "&asOf=2024-08-21");
        var thatDay = await UfDayTargetAsync(planner, planId, "&asOf=2024-08-22");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (target.StatusCode, held.StatusCode));
        Assert.Equal(("PrimarySchoolUfDay", "Completed", "2024-08-21", "Vilhelmina", "contribution", $"uf/handelser/{Id(planned.Body)}", "UF-dag i grundskolan: Parkskolan"),
            ((string?)entry["kind"], (string?)entry["status"], (string?)entry["date"], (string?)entry["locality"], (string?)entry["source"], (string?)entry["link"], (string?)entry["title"]));
        Assert.Equal((1, 1), live);
        Assert.Equal((0, 1), dayBefore);
        Assert.Equal((1, 1), thatDay);
        var listed = Assert.Single(events["items"]!.AsArray())!;
        Assert.Equal(("Held", 48, 3, Id(ufCompany.Body), 5),
            ((string?)listed["status"], (int)listed["participation"]!["students"]!, (int)listed["participation"]!["classes"]!,
             (string?)listed["participation"]!["studentCompanyIds"]![0], (int)listed["participation"]!["visitors"]!));
    }

    [Fact]
    public async Task Bad_student_companies_get_problem_details_with_a_code_and_append_nothing()
    {
        await using var app = await StartAsync("uf-company-bad");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var schoolId = await SchoolAsync(planner, "Malgomajskolan", "UpperSecondary");
        var company = await RegisterAsync(planner, Company(schoolId));
        var url = $"/api/v1/student-companies/{Id(company.Body)}";
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;

        var responses = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/student-companies", new { schoolId, name = "Utan läsår UF", students = 3, businessIdea = "Något" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/student-companies", new { schoolYear = "2023/25", schoolId, name = "X UF", students = 3, businessIdea = "Något" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/student-companies", Company(Guid.NewGuid().ToString()), Ct),
            await planner.PostAsJsonAsync("/api/v1/student-companies", new { schoolYear = "2023/24", schoolId, name = "X UF", students = 3, businessIdea = "Något", mentorId = Guid.NewGuid() }, Ct),
            await planner.PostAsJsonAsync("/api/v1/student-companies", new { schoolYear = "2023/24", schoolId, name = "X UF", students = 0, businessIdea = "Något" }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, $"{url}/mentor", company.ETag, new { mentorId = Guid.NewGuid() }),
            await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"{url}/mentor", company.ETag, null),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, url, "\"7\"", new { name = "Nytt namn UF", students = 3, businessIdea = "Något" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, url, null, new { name = "Nytt namn UF", students = 3, businessIdea = "Något" }),
            await planner.GetAsync("/api/v1/student-companies?schoolYear=2023-24", Ct),
        };
        var problems = await Task.WhenAll(responses.Select(ProblemAsync));

        Assert.Equal(
            [(400, "student-company.school-year-required"), (400, "student-company.school-year-invalid"), (400, "student-company.unknown-school"),
             (400, "student-company.unknown-mentor"), (400, "student-company.students-invalid"), (400, "student-company.unknown-mentor"),
             (409, "student-company.no-mentor"), (412, "student-company.version-stale"), (428, "student-company.version-required"), (400, "uf.school-year-invalid")],
            problems.Select(p => (p.Status, p.Code)));
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);
        Assert.Equal("Ange UF-företagets läsår, till exempel 2023/24.", problems[0].Title);
    }

    [Fact]
    public async Task Bad_uf_events_get_problem_details_with_a_code_and_append_nothing()
    {
        await using var app = await StartAsync("uf-event-bad");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var schoolId = await SchoolAsync(planner, "Parkskolan", "Primary");
        var ufEvent = await CreateAsync(planner, "/api/v1/uf-events", new { kind = "UfFair", plannedOn = "2024-03-12", responsible = "Anna Andersson" });
        var url = $"/api/v1/uf-events/{Id(ufEvent.Body)}";
        var tomorrow = SwedishTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var before = (await EventRows.ReadAllAsync(_connectionString)).Count;

        var responses = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/uf-events", new { kind = "Workshop", plannedOn = "2024-03-12", responsible = "Anna" }, Ct),
            await planner.PostAsJsonAsync("/api/v1/uf-events", new { kind = "UfFair", plannedOn = "2024-03-12", responsible = "Anna", schoolId = Guid.NewGuid() }, Ct),
            await planner.PostAsJsonAsync("/api/v1/uf-events", new { kind = "UpperSecondarySchoolVisit", plannedOn = "2024-03-12", responsible = "Anna", schoolId }, Ct),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/hold", ufEvent.ETag, new { heldOn = tomorrow }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/hold", ufEvent.ETag, new { heldOn = "2024-03-12", students = -4 }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/hold", ufEvent.ETag, new { heldOn = "2024-03-12", studentCompanyIds = new[] { Guid.NewGuid() } }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/cancel", ufEvent.ETag, new { reason = " " }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/cancel", "\"7\"", new { reason = "Mässan ställdes in" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/cancel", null, new { reason = "Mässan ställdes in" }),
            await planner.GetAsync("/api/v1/uf-events?kind=Workshop", Ct),
        };
        var problems = (await Task.WhenAll(responses.Select(ProblemAsync))).Select(p => (p.Status, p.Code));

        Assert.Equal(
            [(400, "uf-event.kind-invalid"), (400, "uf-event.unknown-school"), (400, "uf-event.school-level-mismatch"), (400, "uf-event.held-on-in-future"),
             (400, "uf-event.count-invalid"), (400, "uf-event.unknown-student-company"), (400, "uf-event.cancel-reason-required"),
             (412, "uf-event.version-stale"), (428, "uf-event.version-required"), (400, "uf-event.kind-invalid")],
            problems);
        Assert.Equal(before, (await EventRows.ReadAllAsync(_connectionString)).Count);

        var done = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/hold", ufEvent.ETag, new { heldOn = "2024-03-12", visitors = 120 });
        var again = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/cancel", done.Headers.ETag!.Tag, new { reason = "För sent" });
        var problem = (await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal((HttpStatusCode.Conflict, "uf-event.already-held"), (again.StatusCode, (string?)problem["code"]));
        Assert.Equal("Händelsen är redan rapporterad som genomförd och kan inte ändras.", (string?)problem["title"]);
    }

    [Fact]
    public async Task A_student_companys_mentor_is_replaced_renamed_and_removed_its_mentors_company_page_follows_and_a_retry_gets_the_first()
    {
        await using var app = await StartAsync("uf-company-mentor");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var schoolId = await SchoolAsync(planner, "Malgomajskolan", "UpperSecondary");
        var otherSchool = await SchoolAsync(planner, "Dorotea gymnasium", "UpperSecondary");
        var bakery = await RegisterCompanyAsync(planner, "Fjällbageriet AB");
        var sawmill = await RegisterCompanyAsync(planner, "Sågverket i Dikanäs AB");
        var body = new { schoolYear = "2023/24", schoolId, name = "Fjällglass UF", students = 4, businessIdea = "Glass av fjällbär", mentorId = bakery };

        var first = await planner.PostWithIdempotencyKeyAsync("/api/v1/student-companies", "uf-1", body);
        var retried = await planner.PostWithIdempotencyKeyAsync("/api/v1/student-companies", "uf-1", body);
        var url = $"/api/v1/student-companies/{Id((await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!)}";
        await RegisterAsync(planner, Company(schoolId) with { SchoolYear = "2024/25" });
        await RegisterAsync(planner, Company(otherSchool));
        var replaced = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"{url}/mentor", first.Headers.ETag!.Tag, new { mentorId = sawmill });
        var renamed = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, replaced.Headers.ETag!.Tag, new { name = "Fjällglass & Bär UF", students = 5, businessIdea = "Glass och sylt" });
        var sawmillTies = await CompanyTiesReader.WaitForAsync(planner, sawmill, ties => ties.Count == 1 && (string?)ties[0]!["holderName"] == "Fjällglass & Bär UF (2023/24)");
        var bakeryTies = await CompanyTiesReader.WaitForAsync(planner, bakery, ties => ties.Count == 0);
        var removed = await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"{url}/mentor", renamed.Headers.ETag!.Tag, null);
        await CompanyTiesReader.WaitForAsync(planner, sawmill, ties => ties.Count == 0);
        var list = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/student-companies?schoolYear=2023/24&schoolId={schoolId}", Ct))!;
        var history = (await planner.GetFromJsonAsync<JsonArray>($"{url}/history", Ct))!;

        Assert.Equal((HttpStatusCode.Created, url, "true"),
            (retried.StatusCode, $"/api/v1/student-companies/{Id((await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!)}", retried.Headers.GetValues("Idempotent-Replayed").Single()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (replaced.StatusCode, renamed.StatusCode, removed.StatusCode));
        Assert.Equal(("StudentCompanyMentor", url.Replace("/api/v1/student-companies/", "uf/foretag/", StringComparison.Ordinal)),
            ((string?)sawmillTies[0]!["kind"], (string?)sawmillTies[0]!["link"]));
        Assert.Empty(bakeryTies);
        Assert.Equal((1, "Fjällglass & Bär UF", "Malgomajskolan"), ((int)list["total"]!, (string?)list["items"]![0]!["name"], (string?)list["items"]![0]!["schoolName"]));
        Assert.Null(list["items"]![0]!["mentorId"]);
        Assert.Equal(
            [
                "UF-företaget Fjällglass UF registrerades för läsåret 2023/24 på Malgomajskolan", "Mentorföretag: Sågverket i Dikanäs AB",
                "Uppgifterna ändrades: Fjällglass & Bär UF, 5 elever", "Mentorföretaget togs bort",
            ],
            history.Select(e => (string)e!["description"]!));
    }

    private async Task<PlatformApp> StartAsync(string name)
    {
        _connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        var app = new PlatformApp(_connectionString);
        _ = app.Services;
        return app;
    }

    private sealed record CompanyBody(string SchoolYear, string SchoolId, string Name, int Students, string BusinessIdea);

    private static CompanyBody Company(string schoolId) => new("2023/24", schoolId, "Skoterservice UF", 3, "Tvättar skotrar");

    /// <summary>A school in the Schools module's register, which the UF rules check schools against.</summary>
    private static async Task<string> SchoolAsync(HttpClient planner, string name, string level)
    {
        var response = await planner.PostAsJsonAsync("/api/v1/schools", new { name, level }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Id((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    private static async Task<string> RegisterCompanyAsync(HttpClient planner, string name) =>
        Id((await CreateAsync(planner, "/api/v1/companies", new { organisationNumber = OrganisationNumbers.Next(), name, sniCodes = new[] { "55101" }, locality = "Saxnäs", sizeClass = "5-9" })).Body);

    private static Task<(JsonObject Body, string ETag)> RegisterAsync(HttpClient planner, object body) => CreateAsync(planner, "/api/v1/student-companies", body);

    private static async Task<(JsonObject Body, string ETag)> CreateAsync(HttpClient planner, string url, object body)
    {
        var response = await planner.PostAsJsonAsync(url, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    private static async Task<(int Done, int Required)> UfDayTargetAsync(HttpClient planner, string planId, string query)
    {
        var progress = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024{query}", Ct))!.Single(p => (string?)p!["targetKey"] == "uf-dag-per-ar")!;
        return ((int)progress["done"]!, (int)progress["required"]!);
    }

    private static async Task<string> PlanIdAsync(HttpClient client) => (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static string Id(JsonObject body) => (string)body["id"]!;

    private static async Task<(int Status, string? Code, string? Title)> ProblemAsync(HttpResponseMessage response)
    {
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        return ((int)response.StatusCode, (string?)problem["code"], (string?)problem["title"]);
    }

    /// <summary>Dates a stream's events (or one of them) as if they had been recorded then, for the as-of reading.</summary>
    private async Task MoveAsync(string streamId, string timestamp, int? version)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        var only = version is { } v ? $" and version = {v}" : "";
        await using var command = new NpgsqlCommand($"update naringsliv_events.mt_events set timestamp = '{timestamp}' where stream_id = '{streamId}'{only}", connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
