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
        var api = await Fixture.NewApiRequestAsync();
        var headers = new Dictionary<string, string> { ["Authorization"] = $"ApiKey {await Fixture.IssueApiKeyAsync("read-write")}" };
        var plans = await api.GetAsync("/api/v1/plans", new() { Headers = headers });
        var planId = (await plans.JsonAsync())!.Value[0].GetProperty("id").GetString();
        var planned = await api.PostAsync($"/api/v1/plans/{planId}/actions", new()
        {
            Headers = headers,
            DataObject = new { activityCode = "1.1", kind = "BusinessCouncilMeeting", title = "Näringslivsråd i februari", plannedFrom = date, responsibleOfficial = "Per Planerare" },
        });
        Assert.Equal(201, planned.Status);
        var action = (await planned.JsonAsync())!.Value;
        var completed = await api.PostAsync($"/api/v1/actions/{action.GetProperty("id").GetString()}/complete", new()
        {
            Headers = new Dictionary<string, string>(headers) { ["If-Match"] = planned.Headers["etag"] },
            DataObject = new { heldOn = date, outcomeSummary = "Sju företag deltog." },
        });
        Assert.Equal(200, completed.Status);
    }
}
