using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// The rebuild page, as an administrator: one plan-year's evaluation rebuilt from the page. The full rebuild is left to
/// RebuildApiTests, because it would empty read models under the other browser tests sharing this app.
/// </summary>
public sealed partial class RebuildPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_administrator_rebuilds_one_years_evaluation_from_the_page()
    {
        await UseSessionOfAsync(Fixture.Administrator);
        await GotoInteractiveAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Ombyggnad" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/utvardering/ombyggnad$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bygg om läsmodeller", Level = 1 })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Bygg om utvärderingen för ett år" }).ClickAsync();

        await Expect(Page.GetByTestId("rebuild-year-message")).ToHaveTextAsync(YearRebuilt());
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("utvardering-ombyggnad");
    }

    [GeneratedRegex(@"^Utvärderingen för 20\d\d byggdes om; siffrorna gäller \d{4}-\d{2}-\d{2}\.$")]
    private static partial Regex YearRebuilt();
}
