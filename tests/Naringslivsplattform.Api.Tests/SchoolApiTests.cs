using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// School collaboration over the API: the school register with its programmes. Each test has a database of its own, so
/// counts are exact.
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

    private async Task<PlatformApp> StartAsync(string name)
    {
        _connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        var app = new PlatformApp(_connectionString);
        _ = app.Services;
        return app;
    }

    private static async Task<(JsonObject Body, string ETag)> RegisterAsync(HttpClient planner, string name, string level)
    {
        var response = await planner.PostAsJsonAsync("/api/v1/schools", new { name, level }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    private static string Id(JsonObject body) => (string)body["id"]!;

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];
}
