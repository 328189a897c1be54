using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

public sealed class ProgressTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_council_meeting_completed_through_the_api_moves_1_1_from_0_of_4_to_1_of_4_on_the_plan_page()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await BrowserFixture.GotoInteractiveAsync(Page, "/processplan");
        await Page.GetByRole(AriaRole.Button, new() { Name = "2024", Exact = true }).ClickAsync();
        var council = Page.Locator("[data-target='naringslivsrad-per-ar']");
        await Expect(council).ToContainTextAsync("0 av 4");

        await CompleteCouncilMeetingAsync("2024-02-14");
        await BrowserFixture.GotoInteractiveAsync(Page, "/processplan");
        await Page.GetByRole(AriaRole.Button, new() { Name = "2024", Exact = true }).ClickAsync();

        await Expect(council).ToContainTextAsync("1 av 4");
        await SaveScreenshotAsync("processplan-framsteg");
    }

    private async Task CompleteCouncilMeetingAsync(string date)
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var (id, etag) = await intranet.PlanAsync("1.1", "BusinessCouncilMeeting", "Näringslivsråd i februari", date);
        await intranet.ChangeAsync($"/api/v1/actions/{id}/complete", etag, new { heldOn = date, outcomeSummary = "Sju företag deltog." });
    }
}
