using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// A micro-cluster's request becomes a held meeting in the admin UI, and the plan's 1.2 coverage target moves. The
/// meeting is in 2023 with Klimpfjäll, which no other test meets, so other tests' counts for 2024 are not moved.
/// </summary>
public sealed partial class ClusterTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string CompanyName = "Klimpfjällets Klusterkafé AB";

    [Fact]
    public async Task A_request_from_Klimpfjall_is_scheduled_and_held_with_an_issue_that_opens_a_follow_up_the_member_shows_it_and_the_1_2_coverage_target_moves()
    {
        var api = await IntranetClient.OpenAsync(Fixture);
        var companyId = await api.RegisterCompanyAsync(CompanyName);
        var before = await CoverageAsync(api);
        Assert.Contains("Klimpfjäll", before.GetProperty("notYetCovered").EnumerateArray().Select(n => n.GetString()));

        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/kluster?ar=2023");
        await Expect(Page.GetByTestId("cluster-progress").Locator("tbody tr")).ToHaveCountAsync(4);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Klimpfjäll", Exact = true }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByTestId("cluster-name")).ToHaveTextAsync("Klimpfjäll");

        await PickAsync("Företag att lägga till", "Klusterkafé", CompanyName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till medlem", Exact = true }).ClickAsync();
        await AssertSavedAsync("cluster", "Företaget är medlem i klustret.");
        await Expect(Page.GetByTestId("cluster-members")).ToContainTextAsync(CompanyName);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("kluster-sida");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ta emot mötesönskemål", Exact = true }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await FillDayAsync("Önskemålet kom in", "2023-04-03");
        await Page.GetByLabel("Vad klustret önskar", new() { Exact = true }).FillAsync("Träff om bredband och vintervägar.");
        await Page.GetByLabel("Vem i klustret som frågade", new() { Exact = true }).FillAsync("Eva Ek");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara önskemålet", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(MeetingUrl());
        await Expect(Page.GetByTestId("meeting-status")).ToHaveTextAsync("Önskat");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await FillDayAsync("Mötesdag", "2023-04-20");
        await Page.GetByLabel("Plats", new() { Exact = true }).FillAsync("Byagården");
        await ChooseAsync("Ort", "Klimpfjäll");
        await Expect(Page.GetByLabel("Ansvarig tjänsteperson", new() { Exact = true })).ToHaveValueAsync("Per Planerare");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planera mötet", Exact = true }).ClickAsync();
        await AssertSavedAsync("meeting", "Mötet är planerat.");
        await Expect(Page.GetByTestId("meeting-status")).ToHaveTextAsync("Planerat");
        await Expect(Page.GetByTestId("meeting-scheduled-on")).ToHaveTextAsync("2023-04-20");

        await FillDayAsync("Dag då mötet hölls", "2023-04-20");
        await Page.GetByLabel("Anteckningar", new() { Exact = true }).FillAsync("Tolv företag kom.");
        await Expect(Page.GetByLabel("Deltagare 1", new() { Exact = true })).ToHaveValueAsync("Per Planerare");
        await PickAsync("Närvarande företag att lägga till", "Klusterkafé", CompanyName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till företaget", Exact = true }).ClickAsync();
        await Page.GetByLabel("Fråga 1", new() { Exact = true }).FillAsync("Bredband saknas i byn");
        await ChooseAsync("Företag för fråga 1", CompanyName);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera hållet", Exact = true }).ClickAsync();
        await AssertSavedAsync("meeting", "Mötet är rapporterat som hållet.");

        await Expect(Page.GetByTestId("meeting-status")).ToHaveTextAsync("Hållet");
        await Expect(Page.GetByTestId("meeting-attendees")).ToHaveTextAsync("Per Planerare (tjänsteperson)");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("klustermote-hallet");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Skapa uppföljning om: Bredband saknas i byn" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByLabel("Företag", new() { Exact = true })).ToHaveValueAsync(CompanyName);
        await Expect(Page.GetByLabel("Vad företaget behöver", new() { Exact = true })).ToHaveValueAsync("Bredband saknas i byn");
        await Expect(Page.GetByLabel("Var frågan kom upp (anteckning)", new() { Exact = true })).ToHaveValueAsync("Mikroklustermöte med Klimpfjäll 2023-04-20");

        var after = await CoverageAsync(api);
        Assert.Equal(before.GetProperty("done").GetInt32() + 1, after.GetProperty("done").GetInt32());
        Assert.DoesNotContain("Klimpfjäll", after.GetProperty("notYetCovered").EnumerateArray().Select(n => n.GetString()));

        await WaitForTiesAsync(api, companyId);
        await GotoInteractiveAsync($"/foretag/{companyId}");
        await Expect(Page.GetByTestId("company-ties")).ToContainTextAsync("Mikrokluster");
        await Expect(Page.GetByTestId("company-ties").GetByRole(AriaRole.Link, new() { Name = "Klimpfjäll", Exact = true })).ToBeVisibleAsync();

        await GotoInteractiveAsync("/kluster?ar=2023");
        await Expect(Page.Locator("[data-cluster='Klimpfjäll'] [data-column='held']")).ToHaveTextAsync("1");
        await Expect(Page.GetByTestId("cluster-areas").Locator("[data-area='mountain-valleys'] td")).ToHaveTextAsync(new Regex(@"^[1-9]\d*$"));
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("kluster-lista");
    }

    private static async Task<JsonElement> CoverageAsync(IntranetClient api) =>
        (await api.GetAsync($"/api/v1/plans/{api.PlanId}/progress?year=2023")).EnumerateArray()
            .Single(p => p.GetProperty("targetKey").GetString() == "mikrokluster-per-ar");

    /// <summary>The membership reaches the company register through the relay in the background; wait for it there.</summary>
    private static async Task WaitForTiesAsync(IntranetClient api, string companyId)
    {
        for (var attempt = 0; attempt < 300 && (await api.GetAsync($"/api/v1/companies/{companyId}/ties")).GetArrayLength() == 0; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits for the page's answer to a change; a refusal fails the test with its Swedish reason.</summary>
    private async Task AssertSavedAsync(string prefix, string message)
    {
        var saved = Page.GetByTestId($"{prefix}-message");
        var refused = Page.GetByTestId($"{prefix}-error");
        await Expect(saved.Or(refused)).ToBeVisibleAsync();
        Assert.True(await refused.CountAsync() == 0, await refused.CountAsync() == 0 ? "" : await refused.InnerTextAsync());
        await Expect(saved).ToHaveTextAsync(message);
    }

    [GeneratedRegex("/kluster/moten/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}
