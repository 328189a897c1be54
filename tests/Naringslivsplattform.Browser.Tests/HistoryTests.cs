using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>Rescheduling on the action page, the history panel, a change by someone else meanwhile, and the plan shown per date.</summary>
public sealed partial class HistoryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string StaleMessage = "Åtgärden har ändrats av någon annan sedan du hämtade den. Hämta den igen och försök på nytt.";

    [Fact]
    public async Task A_planner_reschedules_an_action_after_a_swedish_refusal_and_the_history_names_who_did_what()
    {
        var (actionId, _) = await PlanActionThroughApiAsync("Näringslivsråd att flytta");
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/atgarder/{actionId}");

        await FillRescheduleAsync("2023-10-10", "2023-10-01", "Krockar med kommunfullmäktige");
        await Expect(Page.GetByTestId("action-error")).ToHaveTextAsync("Slutdatumet kan inte vara före startdatumet.");
        await Expect(HistoryRows).ToHaveCountAsync(1);
        await ScanWhenSettledAsync();

        await FillRescheduleAsync("2023-10-10", "2023-10-11", "Krockar med kommunfullmäktige");

        await Expect(Page.GetByTestId("action-message")).ToHaveTextAsync("Åtgärden är flyttad.");
        await Expect(Page.GetByText("2023-10-10 – 2023-10-11")).ToBeVisibleAsync();
        await Expect(HistoryRows).ToHaveCountAsync(2);
        var rescheduled = Page.Locator("[data-testid='history'] tr[data-version='2']");
        await Expect(rescheduled).ToContainTextAsync(Fixture.Planner.UserName);
        await Expect(rescheduled).ToContainTextAsync("Åtgärden flyttades till 2023-10-10: Krockar med kommunfullmäktige");
        await Expect(rescheduled.Locator("code")).ToHaveTextAsync(new Regex(@"\S{8,}"));
        await Expect(Page.Locator("[data-testid='history'] tr[data-version='1']")).ToContainTextAsync("api-nyckel:browser-");
        await ScanWhenSettledAsync();
        await SaveScreenshotAsync("atgard-historik");
    }

    [Fact]
    public async Task A_reschedule_after_someone_else_changed_the_action_says_so_in_swedish_and_appends_nothing()
    {
        var (actionId, intranet) = await PlanActionThroughApiAsync("Näringslivsråd som ändras under tiden");
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/atgarder/{actionId}");
        await Expect(HistoryRows).ToHaveCountAsync(1);

        await intranet.ChangeAsync($"/api/v1/actions/{actionId}/reschedule", "\"1\"", new { plannedFrom = "2023-11-20", reason = "Lokalen var upptagen" });
        await FillRescheduleAsync("2023-12-01", null, "Passar bättre i december");

        await Expect(Page.GetByTestId("action-error")).ToHaveTextAsync(StaleMessage);
        var events = (await intranet.GetAsync($"/api/v1/actions/{actionId}/history")).EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).ToList();
        Assert.Equal(["action_planned", "action_rescheduled"], events);
        Assert.Equal("2023-11-20", (await intranet.GetAsync($"/api/v1/actions/{actionId}")).GetProperty("plannedFrom").GetString());
    }

    [Fact]
    public async Task The_plan_shown_per_date_has_a_banner_no_write_buttons_and_its_history()
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan");
        await Expect(PlanActionButtons.First).ToBeVisibleAsync();

        await FillDayAsync("Visa planen per datum", today.ToString("yyyy-MM-dd", swedish));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($@"\?per={today:yyyy-MM-dd}$"));
        await Expect(Page.GetByTestId("as-of-banner")).ToHaveTextAsync($"Så här såg planen ut den {today.ToString("d MMMM yyyy", swedish)}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "1.3 Företagsbesök inom alla branscher", Exact = true })).ToBeVisibleAsync();
        await Expect(PlanActionButtons).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid='history'] tr[data-version='1']")).ToContainTextAsync("Processplanen registrerades");
        await ScanWhenSettledAsync();
        await SaveScreenshotAsync("processplan-per-datum");

        await GotoInteractiveAsync("/processplan?per=2019-12-31");
        await Expect(Page.GetByTestId("as-of-error")).ToHaveTextAsync("Planen fanns inte ännu den 2019-12-31.");
    }

    /// <summary>Buttons fade back from disabled after a send: axe must see their final colours, not the fade.</summary>
    private async Task ScanWhenSettledAsync()
    {
        await Page.EvaluateAsync(
            "() => Promise.all(document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime !== Infinity).map(a => a.finished.catch(() => null)))");
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    private ILocator HistoryRows => Page.Locator("[data-testid='history'] tbody tr");

    private ILocator PlanActionButtons => Page.Locator("a[href*='/ny-atgard']");

    private async Task FillRescheduleAsync(string from, string? to, string reason)
    {
        await FillDayAsync("Nytt datum", from);
        if (to is not null)
        {
            await FillDayAsync("Nytt slutdatum (vid en period)", to);
        }

        await Page.GetByLabel("Skäl till flytten", new() { Exact = true }).FillAsync(reason);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Flytta", Exact = true }).ClickAsync();
    }

    private async Task<(string ActionId, IntranetClient Intranet)> PlanActionThroughApiAsync(string title)
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var (id, _) = await intranet.PlanAsync("1.1", "BusinessCouncilMeeting", title, "2023-09-14");
        return (id, intranet);
    }
}
