using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// axe-core scans of whole pages once the circuit is up and the content has loaded.
/// Serious and critical violations fail the test; moderate and minor ones are only reported.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_plan_page_has_no_serious_or_critical_accessibility_violations()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "1.3 Företagsbesök inom alla branscher" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Progressbar, new() { Name = "Laddar processplanen" })).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-target='naringslivsrad-per-ar']")).ToBeVisibleAsync();

        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    [Fact]
    public async Task The_home_page_has_no_serious_or_critical_accessibility_violations()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Öppna Processplan" })).ToBeVisibleAsync();

        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    [Fact]
    public async Task The_sign_in_page_has_no_serious_or_critical_accessibility_violations_also_with_an_error_shown()
    {
        await Page.GotoAsync("/logga-in");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Logga in", Level = 1 })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GotoAsync("/logga-in?fel=ogiltigt&returnUrl=%2F");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fel användarnamn eller lösenord.");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("logga-in-fel");
    }

    [Fact]
    public async Task The_users_page_has_no_serious_or_critical_accessibility_violations()
    {
        await UseSessionOfAsync(Fixture.Administrator);
        await GotoInteractiveAsync("/admin/anvandare");
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = Fixture.Planner.UserName, Exact = true })).ToBeVisibleAsync();

        // With a confirmation, a refusal and the role editor open, so their colours are checked too.
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Ändra roller för {Fixture.Planner.UserName}" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara roller" }).ClickAsync();
        await Expect(Page.GetByTestId("accounts-message")).ToHaveAttributeAsync("role", "status");
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Ändra roller för {Fixture.Planner.UserName}" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa konto" }).ClickAsync();
        await Expect(Page.GetByTestId("create-message")).ToHaveAttributeAsync("role", "alert");

        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    [Fact]
    public async Task The_api_keys_page_has_no_serious_or_critical_accessibility_violations()
    {
        await UseSessionOfAsync(Fixture.Administrator);
        await GotoInteractiveAsync("/admin/api-nycklar");
        var name = $"Tillgänglighet {Guid.NewGuid():N}"[..24];

        // With a new key on show, a refusal, and an active key that can be revoked.
        await Page.GetByLabel("Namn", new() { Exact = true }).FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa nyckel" }).ClickAsync();
        await Expect(Page.GetByTestId("issued-key")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa nyckel" }).ClickAsync();
        await Expect(Page.GetByTestId("create-message")).ToHaveTextAsync("Nyckelns namn måste anges och får vara högst 100 tecken.");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = $"Återkalla {name}" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCSSAsync("opacity", "1"); // scanned while fading in, colours are misjudged
        await AssertNoSeriousOrCriticalViolationsAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }
}
