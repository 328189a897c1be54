using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// The action list and the month calendar. Other browser tests plan actions in 2023 and 2024 in the same
/// database, so these use titles of their own and October 2023, a month no other test uses.
/// </summary>
public sealed partial class TimelineTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Filtering_the_list_by_activity_1_1_shows_only_1_1_actions_and_the_filter_survives_a_reload()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        await PlanAsync(("1.1", "BusinessCouncilMeeting", $"Råd {run}", "2023-01-02"), ("1.4", "Workshop", $"Workshop {run}", "2023-01-02"));
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan/atgarder");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Workshop {run}" })).ToBeVisibleAsync();

        await Page.GetByLabel("Aktivitet", new() { Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { NameRegex = ActivityOneOne() }).ClickAsync();
        await Expect(Page.GetByLabel("Aktivitet", new() { Exact = true })).ToHaveTextAsync(ActivityOneOne());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/processplan/atgarder\?aktivitet=1\.1$"));
        await AssertOnlyCouncilActionsAsync(run);
        await Page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await AssertOnlyCouncilActionsAsync(run);
        await SaveScreenshotAsync("atgarder-filtrerade");
    }

    [Fact]
    public async Task The_calendar_shows_an_action_planned_in_october_2023_on_its_day_and_moves_between_months()
    {
        var title = $"Kvällsmöte {Guid.NewGuid().ToString("N")[..6]}";
        await PlanAsync(("1.4", "EveningMeeting", title, "2023-10-18"));
        await UseSessionOfAsync(Fixture.Planner);

        await GotoInteractiveAsync("/processplan/kalender?manad=2023-10");

        var table = Page.GetByRole(AriaRole.Table, new() { Name = "oktober 2023" });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "måndag" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "v. 42" })).ToBeVisibleAsync();
        var day = Page.Locator("td[data-date='2023-10-18']");
        await Expect(day.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Expect(day).ToContainTextAsync("(Planerad)");
        await Expect(Page.Locator("td[data-date='2023-10-17']")).Not.ToContainTextAsync(title);
        await SaveScreenshotAsync("kalender-oktober-2023");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nästa månad: november 2023" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "november 2023" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_list_and_the_calendar_have_no_serious_or_critical_accessibility_violations()
    {
        await PlanAsync(("1.1", "BusinessCouncilMeeting", $"Tillgängligt råd {Guid.NewGuid().ToString("N")[..6]}", "2023-10-03"));
        await UseSessionOfAsync(Fixture.Planner);

        await GotoInteractiveAsync("/processplan/atgarder");
        await Expect(Page.GetByTestId("timeline-table")).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();

        await GotoInteractiveAsync("/processplan/kalender?manad=2023-10");
        await Expect(Page.GetByTestId("calendar")).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    private async Task AssertOnlyCouncilActionsAsync(string run)
    {
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Råd {run}" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Workshop {run}" })).ToHaveCountAsync(0);
        var activities = await Page.Locator("[data-testid='timeline-table'] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.activity)");
        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Equal("1.1", a));
    }

    private async Task PlanAsync(params (string Activity, string Kind, string Title, string Date)[] actions)
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        foreach (var (activity, kind, title, date) in actions)
        {
            await intranet.PlanAsync(activity, kind, title, date);
        }
    }

    [GeneratedRegex(@"^1\.1 ")]
    private static partial Regex ActivityOneOne();
}
