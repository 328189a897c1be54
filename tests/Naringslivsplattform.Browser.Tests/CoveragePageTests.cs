using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>The visit coverage page: a year's sections without visits in words, roles, and the lists of unvisited companies.</summary>
public sealed class CoveragePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_reader_switches_to_a_year_sees_the_section_without_visits_in_words_and_follows_a_never_visited_company()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        await intranet.RegisterCompanyAsync("559011-2347", "Fjällgården i Klimpfjäll AB", "55101", "Klimpfjäll");
        var sawmill = await intranet.RegisterCompanyAsync("559011-2354", "Snickeriet i Dikanäs AB", "16230", "Dikanäs");
        var (visitId, etag) = await intranet.PlanVisitAsync(
            (await intranet.GetAsync("/api/v1/companies?search=Fjällgården")).GetProperty("items")[0].GetProperty("id").GetString()!,
            "2015-03-10", ("Anna Tjänsteperson", "Official"), ("Olle Politiker", "Politician"));
        await intranet.ChangeAsync($"/api/v1/visits/{visitId}/complete", etag, new { heldOn = "2015-03-10" });

        await UseSessionOfAsync(Fixture.Reader);
        await GotoInteractiveAsync("/foretag/tackning");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Besökstäckning");
        await Page.GetByLabel("År", new() { Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "2015", Exact = true }).ClickAsync();

        var withoutVisits = Page.GetByTestId("coverage-sections-without-visits");
        await Expect(withoutVisits).ToContainTextAsync("Branscher utan besök under 2015:");
        await Expect(withoutVisits).ToContainTextAsync("C Tillverkning");
        await Expect(withoutVisits).Not.ToContainTextAsync("Hotell- och restaurangverksamhet");
        await Expect(Page.GetByTestId("coverage-sections").Locator("tr", new() { HasText = "C Tillverkning" })).ToContainTextAsync("Inget besök");
        await Expect(Page.GetByTestId("coverage-roles").Locator("tr", new() { HasText = "Både tjänsteperson och politiker" })).ToHaveTextAsync(new Regex(@"^Både tjänsteperson och politiker\s*1$"));
        await Expect(Page.GetByTestId("coverage-stale").Locator("tr", new() { HasText = "Fjällgården i Klimpfjäll AB" })).ToContainTextAsync("2015-03-10");
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Stapeldiagram över företag och besökta företag per SNI-avdelning. Samma siffror står i tabellen.", Exact = true })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("besokstackning");

        await Page.GetByTestId("coverage-never").GetByRole(AriaRole.Link, new() { Name = "Snickeriet i Dikanäs AB", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/foretag/{sawmill}$"));
        await Expect(Page.GetByTestId("company-name")).ToHaveTextAsync("Snickeriet i Dikanäs AB");
    }
}
