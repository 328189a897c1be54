using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Visit coverage over the API: companies and visits registered through the API move its figures.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class CoverageApiTests(SecurityApp app)
{
    // A past year no other test visits in, so the year's figures move only by what this test does.
    private const int Year = 2011;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_completed_visit_moves_its_section_area_and_roles_while_a_planned_one_does_not()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);
        var before = await CoverageAsync(reader);

        var hotel = await RegisterAsync(planner, "55101", "Kittelfjäll");
        var sawmill = await RegisterAsync(planner, "16230", "Dikanäs");
        var completed = await PlanAsync(planner, hotel, [new { name = "Anna Tjänsteperson", role = "Official" }, new { name = "Olle Politiker", role = "Politician" }]);
        var done = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/visits/{completed.Id}/complete", completed.ETag, new { heldOn = $"{Year}-05-12" });
        await PlanAsync(planner, sawmill, [new { name = "Anna Tjänsteperson", role = "Official" }]);
        var after = await CoverageAsync(reader);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(Figures(before, "sections", "I", 1, 1, 1), Figures(after, "sections", "I"));
        Assert.Equal(Figures(before, "sections", "C", 1, 0, 0), Figures(after, "sections", "C"));
        Assert.Equal(Figures(before, "areas", "mountain-valleys", 2, 1, 1), Figures(after, "areas", "mountain-valleys"));
        Assert.Equal(Figures(before, "localities", "Kittelfjäll", 1, 1, 1), Figures(after, "localities", "Kittelfjäll"));
        Assert.Equal(
            ((int)before["roles"]!["withOfficial"]! + 1, (int)before["roles"]!["withPolitician"]! + 1, (int)before["roles"]!["withBoth"]! + 1),
            ((int)after["roles"]!["withOfficial"]!, (int)after["roles"]!["withPolitician"]!, (int)after["roles"]!["withBoth"]!));
        Assert.DoesNotContain("I", after["sectionsWithoutVisits"]!.AsArray().Select(s => (string?)s));
        Assert.Contains(sawmill, Ids(after, "neverVisited"));
        Assert.DoesNotContain(hotel, Ids(after, "neverVisited"));
        var stale = after["notVisitedIn12Months"]!.AsArray().Single(c => (string?)c!["id"] == hotel)!;
        Assert.Equal(("Kittelfjäll", $"{Year}-05-12"), ((string?)stale["locality"], (string?)stale["lastVisit"]));
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("3000")]
    [InlineData("förra året")]
    public async Task A_bad_year_gets_problem_details_in_swedish(string year)
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);

        var response = await reader.GetAsync($"/api/v1/coverage?year={Uri.EscapeDataString(year)}", Ct);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal((HttpStatusCode.BadRequest, "coverage.year-invalid"), (response.StatusCode, (string?)problem["code"]));
        Assert.StartsWith("Året ska vara ett årtal från 2000", (string?)problem["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_year_the_current_year_is_covered_with_all_21_sections()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);

        var report = (await reader.GetFromJsonAsync<JsonObject>("/api/v1/coverage", Ct))!;

        Assert.Equal(Naringslivsplattform.BuildingBlocks.Time.SwedishTime.Today(TimeProvider.System).Year, (int?)report["year"]);
        Assert.Equal(21, report["sections"]!.AsArray().Count);
        Assert.Equal(["town", "mountain-valleys", "countryside"], report["areas"]!.AsArray().Select(a => (string?)a!["area"]));
    }

    private static async Task<JsonObject> CoverageAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/v1/coverage?year={Year}", Ct))!;

    private static async Task<string> RegisterAsync(HttpClient planner, string sni, string locality)
    {
        var created = await planner.PostAsJsonAsync(
            "/api/v1/companies", new { organisationNumber = OrganisationNumbers.Next(), name = $"Täckning {Guid.NewGuid():N}", sniCodes = new[] { sni }, locality, sizeClass = "1-4" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    private static async Task<(string Id, string ETag)> PlanAsync(HttpClient planner, string companyId, object[] visitors)
    {
        var planned = await planner.PostAsJsonAsync("/api/v1/visits", new { companyId, plannedOn = $"{Year}-05-10", visitors, purpose = "Täckning" }, Ct);
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        return ((string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!, planned.Headers.ETag!.Tag);
    }

    /// <summary>A row's figures (section, area or locality), plus what is added to them.</summary>
    private static (int Companies, int CompaniesVisited, int Visits) Figures(JsonObject report, string rows, string key, int companies = 0, int visited = 0, int visits = 0)
    {
        var keyName = rows switch { "sections" => "section", "areas" => "area", _ => "locality" };
        var figures = report[rows]!.AsArray().Single(r => (string?)r![keyName] == key)!["figures"]!;
        return ((int)figures["companies"]! + companies, (int)figures["companiesVisited"]! + visited, (int)figures["visits"]! + visits);
    }

    private static IEnumerable<string?> Ids(JsonObject report, string list) => report[list]!.AsArray().Select(c => (string?)c!["id"]);
}
