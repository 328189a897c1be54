using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// Planning, completing and refusing actions through the forms of the admin UI. The year is 2023, the
/// plan's first year: <see cref="ProgressTests"/> expects 2024 to start at "0 av 4".
/// </summary>
public sealed partial class ActionFormsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Year = "2023";

    [Fact]
    public async Task A_planner_plans_and_completes_a_council_meeting_and_1_1_moves_from_N_to_N_plus_1_of_4()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan");
        var before = await CouncilMeetingsDoneAsync();

        await PlanCouncilMeetingAsync("Näringslivsråd i mars", "2023-03-12");
        await FillDayAsync("Genomförd datum", "2023-03-12");
        await Page.GetByLabel("Resultat", new() { Exact = true }).FillAsync("Sju företag deltog och diskuterade kompetensförsörjning.");
        await Page.GetByLabel("Antal företag", new() { Exact = true }).FillAsync("7");
        await Page.GetByLabel("Antal personer", new() { Exact = true }).FillAsync("9");
        await Page.GetByLabel("Deltagare", new() { Exact = true }).FillAsync("Anna Andersson, politiker\nPer Planerare, tjänsteperson");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomförd", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("action-status")).ToHaveTextAsync("Genomförd");
        await Expect(Page.GetByTestId("action-message")).ToHaveTextAsync("Åtgärden är rapporterad som genomförd.");
        await Expect(Page.GetByText("Anna Andersson, politiker")).ToBeVisibleAsync();
        await SaveScreenshotAsync("atgard-genomford");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till planen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = Year, Exact = true })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = Year, Exact = true }).ClickAsync();
        await Expect(Council).ToContainTextAsync($"{before + 1} av 4");
    }

    [Fact]
    public async Task Completing_without_a_result_shows_a_swedish_error_and_changes_nothing()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan");
        await PlanCouncilMeetingAsync("Näringslivsråd utan resultat", "2023-05-10");

        await FillDayAsync("Genomförd datum", "2023-05-10");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomförd", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("action-error")).ToHaveTextAsync("Sammanfatta resultatet (högst 4000 tecken).");
        await Expect(Page.GetByTestId("action-status")).ToHaveTextAsync("Planerad");

        await Page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByTestId("action-status")).ToHaveTextAsync("Planerad");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomförd", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_new_action_page_and_the_action_page_have_no_serious_or_critical_accessibility_violations()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan");
        await OpenNewActionFormAsync();

        // With a refusal shown, so its colours are checked too.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("action-error")).ToHaveAttributeAsync("role", "alert");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await PlanCouncilMeetingAsync("Näringslivsråd för tillgänglighet", "2023-09-05", openForm: false);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ställ in", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("action-error")).ToHaveAttributeAsync("role", "alert");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("atgard-planerad");
    }

    private ILocator Council => Page.Locator("[data-target='naringslivsrad-per-ar']");

    private async Task<int> CouncilMeetingsDoneAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = Year, Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = Year, Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Council).ToContainTextAsync(DoneOfFour());
        return int.Parse(DoneOfFour().Match(await Council.InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task OpenNewActionFormAsync()
    {
        await Page.Locator("a[href$='/aktiviteter/1.1/ny-atgard']").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Planera åtgärd under 1.1");
    }

    /// <summary>From the plan page (or the new-action form), plans a council meeting under 1.1 and ends on its action page.</summary>
    private async Task PlanCouncilMeetingAsync(string title, string date, bool openForm = true)
    {
        if (openForm)
        {
            await OpenNewActionFormAsync();
        }

        await Page.GetByLabel("Rubrik", new() { Exact = true }).FillAsync(title);
        await FillDayAsync("Datum", date);
        await Page.GetByLabel("Ort", new() { Exact = true }).FillAsync("Vilhelmina");
        await Page.GetByLabel("Ansvarig tjänsteperson", new() { Exact = true }).FillAsync("Per Planerare");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/atgarder/[0-9a-f-]{36}$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(Page.GetByTestId("action-status")).ToHaveTextAsync("Planerad");
    }

    [GeneratedRegex(@"(\d+) av 4")]
    private static partial Regex DoneOfFour();
}
