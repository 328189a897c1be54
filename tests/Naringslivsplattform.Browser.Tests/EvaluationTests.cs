using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// The evaluation dashboard follows the events: an action completed through the UI moves the year's figures, and the
/// action's history names who completed it. The action is under 3.4 in 2023, so no count other tests rely on moves
/// (1.1's council meetings, 2024 starting at "0 av 4").
/// </summary>
public sealed class EvaluationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Bounds the reloads while the async daemon refreshes the stored evaluation after a write.</summary>
    private const int MaxReloads = 30;

    [Fact]
    public async Task A_planner_completes_an_action_sees_the_evaluation_move_by_one_and_finds_their_user_on_the_event()
    {
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var (actionId, _) = await intranet.PlanAsync("3.4", "Other", "Visionsverkstad om framtidens näringsliv", "2023-06-15");
        await UseSessionOfAsync(Fixture.Planner);

        // Today is after the plan's years, so the page opens on its last year.
        await GotoInteractiveAsync("/utvardering");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Årlig utvärdering 2024");
        await Page.GetByLabel("År", new() { Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "2023", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Årlig utvärdering 2023");

        await ShowAsOfAsync("2019-12-31");
        await Expect(Page.GetByTestId("evaluation-error")).ToContainTextAsync("Händelseloggen börjar");

        // As of today the evaluation is made afresh from every event so far, so this count is not behind the store.
        await ShowAsOfAsync(today.ToString("yyyy-MM-dd", swedish));
        await Expect(Page).ToHaveURLAsync(new Regex($@"\?ar=2023&per={today:yyyy-MM-dd}$"));
        await Expect(Page.GetByTestId("as-of-banner")).ToHaveTextAsync($"Så här såg utvärderingen ut den {today.ToString("d MMMM yyyy", swedish)}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ändringar sedan dess", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("a[href='api/v1/evaluations/2023/report.pdf?asOf=" + today.ToString("yyyy-MM-dd", swedish) + "']")).ToBeVisibleAsync();
        var before = int.Parse(await ActionsHeld.InnerTextAsync(), swedish);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("utvardering-per-datum");

        await GotoInteractiveAsync($"/atgarder/{actionId}");
        await FillDayAsync("Genomförd datum", "2023-06-15");
        await Page.GetByLabel("Resultat", new() { Exact = true }).FillAsync("Tolv företag skissade på näringslivet 2030.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomförd", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("action-status")).ToHaveTextAsync("Genomförd");

        // The stored evaluation is refreshed by the async daemon a moment after the write.
        var expected = (before + 1).ToString(swedish);
        await GotoInteractiveAsync("/utvardering?ar=2023");
        for (var reload = 0; reload < MaxReloads && await ActionsHeld.InnerTextAsync() != expected; reload++)
        {
            await Page.ReloadAsync();
            await BrowserFixture.WaitForInteractiveAsync(Page);
        }

        await Expect(ActionsHeld).ToHaveTextAsync(expected);
        await Expect(Page.Locator("[data-activity='3.4'] tr[data-kind='Other'] td").First).ToHaveTextAsync(new Regex(@"^[1-9]\d*$"));
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("utvardering");

        await GotoInteractiveAsync($"/atgarder/{actionId}");
        var completed = Page.Locator("[data-testid='history'] tr[data-version='2']");
        await Expect(completed).ToContainTextAsync("Åtgärden genomfördes 2023-06-15");
        await Expect(completed).ToContainTextAsync(Fixture.Planner.UserName);
    }

    private async Task ShowAsOfAsync(string day)
    {
        await FillDayAsync("Visa utvärderingen per datum", day);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
    }

    /// <summary>The year's held actions, the first key figure, in the year's column.</summary>
    private ILocator ActionsHeld =>
        Page.GetByTestId("key-figures").Locator("tr", new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "Genomförda åtgärder", Exact = true }) }).Locator("td").First;
}
