using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// Ung Företagsamhet in the admin UI: a UF company registered with its school and mentor, the primary-school UF day
/// planned on 21 August, held with its participation, and counted under activity 2.2 on the plan's timeline. No other
/// test records UF events, so the school year 2024/25 is this test's own.
/// </summary>
public sealed class YoungEnterpriseTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_uf_company_is_registered_the_uf_day_planned_and_held_with_participation_and_it_shows_under_2_2_on_the_timeline()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var api = await IntranetClient.OpenAsync(Fixture);
        await api.CreateAsync("/api/v1/schools", new { name = $"Parkskolan {run}", level = "Primary" });
        await api.CreateAsync("/api/v1/schools", new { name = $"Malgomajskolan {run}", level = "UpperSecondary" });
        var mentor = $"Fjällbageriet {run} AB";
        await api.RegisterCompanyAsync(mentor);
        var ufCompany = $"Fjällglass {run} UF";

        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/uf?lasar=2024%2F25");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "UF-företag läsåret 2024/25" })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Registrera UF-företag" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Registrera UF-företag", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByLabel("Läsår", new() { Exact = true })).ToHaveValueAsync("2024/25");
        await ChooseAsync("Skola", $"Malgomajskolan {run} (gymnasieskola)");
        await Page.GetByLabel("Namn", new() { Exact = true }).FillAsync(ufCompany);
        await Page.GetByLabel("Antal elever", new() { Exact = true }).FillAsync("4");
        await Page.GetByLabel("Affärsidé", new() { Exact = true }).FillAsync("Glass av fjällbär från Kittelfjäll.");
        await PickAsync("Mentorföretag", $"Fjällbageriet {run}", mentor);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/uf/foretag/[0-9a-f-]{36}$"));
        await Expect(Page.GetByTestId("uf-company-status")).ToHaveTextAsync("Aktivt");
        await Expect(Page.GetByTestId("uf-company-mentor")).ToHaveTextAsync(mentor);
        await AssertNoSeriousOrCriticalViolationsAsync();

        await GotoInteractiveAsync("/uf/handelser/ny?lasar=2024%2F25");
        await ChooseAsync("Slag", "UF-dag i grundskolan");
        await Expect(Page.GetByLabel("Planerat datum", new() { Exact = true })).ToHaveValueAsync("2024-08-21");
        await ChooseAsync("Skola", $"Parkskolan {run} (grundskola)");
        await Page.GetByLabel("Ort", new() { Exact = true }).FillAsync("Vilhelmina");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planera händelsen", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/uf/handelser/[0-9a-f-]{36}$"));
        await Expect(Page.GetByTestId("uf-event-status")).ToHaveTextAsync("Planerad");
        var title = $"UF-dag i grundskolan: Parkskolan {run}";
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await FillDayAsync("Genomfört datum", "2024-08-21");
        await Page.GetByLabel("Antal elever som deltog", new() { Exact = true }).FillAsync("48");
        await Page.GetByLabel("Antal klasser", new() { Exact = true }).FillAsync("3");
        await Page.GetByLabel("Antal besökare", new() { Exact = true }).FillAsync("5");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = ufCompany, Exact = true }).CheckAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomförd", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("uf-event-status")).ToHaveTextAsync("Genomförd");
        await Expect(Page.GetByTestId("uf-event-participation")).ToHaveTextAsync("48 elever, 3 klasser, 1 UF-företag, 5 besökare");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Händelsen genomfördes 2024-08-21: 48 elever, 3 klasser, 1 UF-företag, 5 besökare");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("uf-handelse-genomford");

        await GotoInteractiveAsync("/uf?lasar=2024%2F25");
        await Expect(Page.GetByTestId("uf-companies").GetByRole(AriaRole.Link, new() { Name = ufCompany })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("uf-events").GetByRole(AriaRole.Row, new() { Name = title })).ToContainTextAsync("Genomförd");
        await Expect(Page.GetByTestId("uf-totals")).ToContainTextAsync("48 elever, 3 klasser, 1 UF-företag, 5 besökare");
        await SaveScreenshotAsync("uf-oversikt");

        await GotoInteractiveAsync("/processplan/atgarder?aktivitet=2.2");
        var row = Page.GetByTestId("timeline-table").GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToHaveAttributeAsync("data-activity", "2.2");
        await Expect(row).ToContainTextAsync("2024-08-21");
    }
}
