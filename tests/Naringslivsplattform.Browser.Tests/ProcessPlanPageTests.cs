using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

public sealed partial class ProcessPlanPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Opening_the_plan_page_shows_activity_1_3_with_its_points()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");

        var navigation = Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Översikt" })).ToBeVisibleAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Processplan" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(EndsWithProcessPlan());
        await BrowserFixture.WaitForInteractiveAsync(Page);
        var heading = Page.GetByRole(AriaRole.Heading, new() { Name = "1.3 Företagsbesök inom alla branscher", Exact = true });
        await Expect(heading).ToBeVisibleAsync();
        var activity = Page.Locator(".mud-card", new() { Has = heading });
        await Expect(activity.GetByText("Planerar löpande företagsbesök av både tjänstepersoner och politiker", new() { Exact = true }))
            .ToBeVisibleAsync();
        await Expect(activity.GetByText("Strukturerade frågor som förs in i näringslivskontorets databas för möjlig uppföljning", new() { Exact = true }))
            .ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");

        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactFolders.Screenshots, "processplan.png"), FullPage = true });
    }

    [GeneratedRegex("/processplan$")]
    private static partial Regex EndsWithProcessPlan();
}
