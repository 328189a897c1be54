using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>Follow-ups in the admin UI: opening one for a company, feedback and closing, the board, the start page.</summary>
public sealed partial class FollowUpTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);

    [Fact]
    public async Task A_planner_opens_a_follow_up_for_a_company_gives_feedback_and_closes_it_and_it_leaves_the_open_column()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var companyId = await intranet.RegisterCompanyAsync("Uppföljda Fjällstugan AB");
        var need = $"Behöver lokal för verkstad {Guid.NewGuid():N}"[..40];
        await UseSessionOfAsync(Fixture.Planner);

        await GotoInteractiveAsync($"/uppfoljningar/ny?foretag={companyId}");
        await Expect(Page.GetByLabel("Företag", new() { Exact = true })).ToHaveValueAsync("Uppföljda Fjällstugan AB");
        await Expect(Page.GetByLabel("Ansvarig", new() { Exact = true })).ToHaveValueAsync(Fixture.Planner.UserName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-error")).ToHaveTextAsync(new Regex("^Beskriv vad företaget behöver"));
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByLabel("Vad företaget behöver", new() { Exact = true }).FillAsync(need);
        await ChooseAsync("Kategori", "Lokaler");
        await FillDayAsync("Förfallodag", Day(Today.AddDays(14)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(FollowUpUrl());
        await Expect(Page.GetByTestId("follow-up-need")).ToHaveTextAsync(need);
        await Expect(Page.GetByTestId("follow-up-status")).ToHaveTextAsync("Öppen");
        var page = Page.Url;

        await GotoBoardOfMineAsync();
        await Expect(Page.GetByTestId("follow-ups-open").GetByRole(AriaRole.Link, new() { Name = need })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GotoAsync(page);
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ge återkoppling", Exact = true }).ClickAsync();
        await FillDayAsync("Återkoppling given den", Day(Today));
        await Page.GetByLabel("Hur och vad företaget fick veta", new() { Exact = true }).FillAsync("Ringde VD:n om läget");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-feedback")).ToHaveTextAsync($"{Day(Today)} – Ringde VD:n om läget");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Stäng", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-error")).ToHaveTextAsync(new Regex("^Beskriv utfallet"));
        await Page.GetByLabel("Utfall", new() { Exact = true }).FillAsync("Lokal hittad hos fastighetsbolaget");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-status")).ToHaveTextAsync("Stängd");
        await Expect(Page.GetByTestId("follow-up-outcome")).ToHaveTextAsync("Lokal hittad hos fastighetsbolaget");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("uppfoljning");

        await GotoBoardOfMineAsync();
        await Expect(Page.GetByTestId("follow-ups-closed").GetByRole(AriaRole.Link, new() { Name = need })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("follow-ups-open").GetByRole(AriaRole.Link, new() { Name = need })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_start_page_shows_an_overdue_follow_up_with_its_owner()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var companyId = await intranet.RegisterCompanyAsync("Försenade Fjällbageriet AB");
        var need = $"Väntar på bygglov {Guid.NewGuid():N}"[..30];
        var owner = $"agare.{Guid.NewGuid():N}"[..16];
        await intranet.OpenFollowUpAsync(companyId, need, owner, Today.AddDays(-20), Today.AddDays(-5));
        await UseSessionOfAsync(Fixture.Reader);

        await GotoInteractiveAsync("/");

        await Expect(Page.GetByTestId("dashboard-overdue").GetByRole(AriaRole.Link, new() { Name = need })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("dashboard-owners").Locator("tr", new() { HasText = owner })).ToContainTextAsync(new Regex($@"{Regex.Escape(owner)}\s*1\s*0"));
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("startsida-uppfoljningar");
    }

    [Fact]
    public async Task A_change_someone_else_saved_first_is_refused_with_the_swedish_message()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var companyId = await intranet.RegisterCompanyAsync("Samtidiga Fjällbyggen AB");
        var id = await intranet.OpenFollowUpAsync(companyId, "Behöver tomt", "anna.handlaggare", Today, Today.AddDays(7));
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/uppfoljningar/{id}");

        await intranet.ChangeAsync($"/api/v1/follow-ups/{id}/reassign", "\"1\"", new { owner = "per.planerare" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Byt ansvarig", Exact = true }).ClickAsync();
        await Page.GetByLabel("Ny ansvarig", new() { Exact = true }).FillAsync("test.planerare");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("follow-up-error")).ToContainTextAsync("ändrats av någon annan");
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    private async Task GotoBoardOfMineAsync()
    {
        await GotoInteractiveAsync("/uppfoljningar");
        await Page.GetByLabel("Mina", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/uppfoljningar/[0-9a-f-]{36}$")]
    private static partial Regex FollowUpUrl();
}
