using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// School collaboration in the admin UI, one full flow: a school, its programme, the programme's industry council with a
/// member company, a council meeting planned and held, and the meeting on the plan under 2.1. No other browser test
/// records actions under 2.1; the completed count is still compared with what it was, not with a fixed number.
/// </summary>
public sealed partial class SchoolTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Programme = "Försäljnings- och serviceprogrammet";

    [Fact]
    public async Task A_school_gets_a_programme_whose_industry_council_gains_a_member_and_holds_a_meeting_that_counts_under_2_1()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var (school, company) = ($"Malgomajskolan {run}", $"Skolbutiken {run} AB");
        var council = $"Branschråd {Programme}, {school}";
        await (await IntranetClient.OpenAsync(Fixture)).RegisterCompanyAsync(company);
        await UseSessionOfAsync(Fixture.Planner);
        var completedBefore = await CompletedUnder21Async();

        await GotoInteractiveAsync("/skolor/ny");
        await Page.GetByLabel("Skolans namn", new() { Exact = true }).FillAsync(school);
        await ChooseAsync("Skolform", "Gymnasieskola");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrera skolan", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(SchoolUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = school, Exact = true })).ToBeVisibleAsync();

        await ChooseAsync("Program att lägga till", Programme);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till programmet", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("school-message")).ToHaveTextAsync("Programmet är tillagt.");
        await Expect(Page.GetByTestId("programmes-table")).ToContainTextAsync(Programme);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Starta branschråd för {Programme}", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(CouncilUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = council, Exact = true })).ToBeVisibleAsync();
        await PickAsync("Företag", $"Skolbutiken {run}", company);
        await Page.GetByLabel("Platsinnehavare", new() { Exact = true }).FillAsync("Lisa Berg");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till medlem", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("school-message")).ToHaveTextAsync("Företaget är medlem i rådet.");
        await Expect(Page.GetByTestId("members-table")).ToContainTextAsync(new Regex($"{company}\\s*Lisa Berg"));
        await FillDayAsync("Planerat datum", "2024-03-12");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planera mötet", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(MeetingUrl());
        var meetingPath = new Uri(Page.Url).AbsolutePath.TrimStart('/');
        await Expect(Page.GetByTestId("meeting-status")).ToHaveTextAsync("Planerat");
        await FillDayAsync("Genomfört datum", "2024-03-12");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = company, Exact = true }).CheckAsync();
        await Page.GetByLabel("Deltagare", new() { Exact = true }).FillAsync("Lisa Berg\nAnna Andersson");
        await Page.GetByLabel("Anteckningar", new() { Exact = true }).FillAsync("Praktikplatser till våren.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomfört", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("meeting-status")).ToHaveTextAsync("Genomfört");
        await Expect(Page.GetByTestId("meeting-companies")).ToHaveTextAsync(company);
        await Expect(Page.GetByTestId("meeting-attendees")).ToHaveTextAsync("Lisa Berg, Anna Andersson");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("branschradsmote-genomfort");

        await GotoInteractiveAsync("/processplan/atgarder?aktivitet=2.1");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Branschrådsmöte: {council}", Exact = true })).ToHaveAttributeAsync("href", meetingPath);
        await Expect(Page.Locator("tr", new() { HasText = council })).ToContainTextAsync("Genomförd");
        Assert.Equal(completedBefore + 1, await CompletedUnder21Async());

        await GotoInteractiveAsync("/skolor");
        await Expect(Page.GetByTestId("schools-table").GetByRole(AriaRole.Link, new() { Name = school, Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("councils-list").GetByRole(AriaRole.Link, new() { Name = council, Exact = true })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByTestId("schools-table").GetByRole(AriaRole.Link, new() { Name = school, Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Planera möte med förstelärare", Exact = true }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByLabel("Skola", new() { Exact = true })).ToHaveValueAsync(school);
        await FillDayAsync("Planerat datum", "2024-04-10");
        await Page.GetByLabel("Förstelärare", new() { Exact = true }).FillAsync("Karin Ek");
        await Page.GetByLabel("Entreprenöriella aktiviteter", new() { Exact = true }).FillAsync("Entreprenörskapsvecka i åk 8");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planera mötet", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Möte med förstelärare: {school}", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("meeting-teachers")).ToHaveTextAsync("Karin Ek");
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    /// <summary>How many actions the measures page counts as completed under 2.1 (measure 6) in 2024.</summary>
    private async Task<int> CompletedUnder21Async()
    {
        await GotoInteractiveAsync("/processplan/insatser");
        await Page.GetByRole(AriaRole.Button, new() { Name = "2024", Exact = true }).ClickAsync();
        var completed = Page.Locator("[data-measure='6'] [data-activity='2.1'] td").Nth(1);
        await Expect(completed).ToBeVisibleAsync();
        return int.Parse(await completed.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("/skolor/[0-9a-f-]{36}$")]
    private static partial Regex SchoolUrl();

    [GeneratedRegex("/skolor/branschrad/[0-9a-f-]{36}$")]
    private static partial Regex CouncilUrl();

    [GeneratedRegex("/skolor/branschradsmoten/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}
