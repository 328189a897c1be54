using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// Planners change the plan's targets, and every measure shows the activities serving it with their progress.
/// Only 1.5's forum target is changed here: other tests count against 1.1's four council meetings.
/// </summary>
public sealed class TargetsAndMeasuresTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_planner_raises_the_forum_target_and_the_measures_page_counts_against_it()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan/mal");
        var forum = Page.Locator("[data-target-row='naringslivsforum-per-ar']");

        await forum.GetByRole(AriaRole.Button, new() { Name = "Ändra målet: Ett näringslivsforum per år" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ändra målet naringslivsforum-per-ar" })).ToBeVisibleAsync();
        await Page.GetByLabel("Minsta antal per år", new() { Exact = true }).FillAsync("2");
        await Page.GetByLabel("Mål", new() { Exact = true }).FillAsync("Två näringslivsforum per år");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara målet", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("target-message")).ToHaveTextAsync("Målet naringslivsforum-per-ar är sparat.");
        await Expect(forum).ToContainTextAsync("Minst 2 näringslivsforum per år (2023, 2024)");
        await SaveScreenshotAsync("mal-andrat");

        await GotoInteractiveAsync("/processplan/insatser");
        await Page.GetByRole(AriaRole.Button, new() { Name = "2024", Exact = true }).ClickAsync();
        var forumUnderMeasure7 = Page.Locator("[data-measure='7'] [data-activity='1.5']");
        await Expect(forumUnderMeasure7).ToContainTextAsync("Två näringslivsforum per år");
        await Expect(forumUnderMeasure7.Locator("[data-target='naringslivsforum-per-ar']")).ToContainTextAsync("av 2");
    }

    [Fact]
    public async Task A_target_without_an_activity_is_refused_in_swedish_and_nothing_is_added()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan/mal");
        await Expect(Page.Locator("[data-target-row='naringslivsrad-per-ar']")).ToBeVisibleAsync();
        var rows = await Page.Locator("[data-target-row]").CountAsync();

        await Page.GetByLabel("Nyckel", new() { Exact = true }).FillAsync("tematraffar-per-ar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara målet", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("target-error")).ToHaveTextAsync("Välj vilken aktivitet målet gäller.");
        await Expect(Page.GetByTestId("target-error")).ToHaveAttributeAsync("role", "alert");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("[data-target-row]")).ToHaveCountAsync(rows);
    }

    [Fact]
    public async Task A_reader_sees_targets_and_measures_without_edit_buttons_and_both_pages_pass_axe()
    {
        await UseSessionOfAsync(Fixture.Reader);
        await GotoInteractiveAsync("/processplan/insatser");

        await Expect(Page.Locator("[data-measure]")).ToHaveCountAsync(8);
        await Expect(Page.Locator("[data-measure='5'] [data-activity='1.1']")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-measure='5'] [data-activity='1.2'] [data-target-missing='mikrokluster-per-ar']")).ToContainTextAsync("Inte träffade än");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await GotoInteractiveAsync("/processplan/mal");
        await Expect(Page.Locator("[data-target-row='mikrokluster-per-ar']")).ToContainTextAsync("Varje kluster per år");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Spara målet" })).ToHaveCountAsync(0);
        await AssertNoSeriousOrCriticalViolationsAsync();
    }
}
