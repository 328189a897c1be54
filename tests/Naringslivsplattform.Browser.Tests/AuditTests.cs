using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Naringslivsplattform.BuildingBlocks.Security;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>The audit log page and a stream's full history, as a Revisor uses them.</summary>
public sealed class AuditTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_auditor_filters_the_log_exports_it_and_opens_a_streams_full_history_also_from_the_history_panel()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var title = $"Workshop för granskning {Guid.NewGuid().ToString("N")[..6]}";
        var (actionId, _) = await intranet.PlanAsync("1.4", "Workshop", title, "2024-02-07");
        var apiUser = (await intranet.GetAsync($"/api/v1/actions/{actionId}/history"))[0].GetProperty("userName").GetString()!;
        await SignInAsync(await CreateAuditorAsync());

        await GotoInteractiveAsync("/granskning");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Granskningslogg");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await ChooseAsync("Användare", apiUser);
        await ChooseAsync("Modul", "Processplan");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/granskning\?anvandare=.+&modul=ProcessPlan$"));
        await Expect(Page.GetByTestId("audit-count")).ToHaveTextAsync("1 händelse");
        var row = Page.GetByTestId("audit-table").Locator("tbody tr");
        await Expect(row).ToContainTextAsync($"Åtgärden planerades: {title} (2024-02-07)");
        await Expect(row).ToContainTextAsync(apiUser);
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("granskningslogg");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("audit-export").ClickAsync());
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        Assert.StartsWith("\uFEFFSekvens;Ström-id;Version;Händelsetyp;Modul;", csv, StringComparison.Ordinal);
        Assert.Contains($";{actionId};1;action_planned;Processplan;Åtgärden planerades: {title} (2024-02-07);", csv, StringComparison.Ordinal);

        await row.GetByRole(AriaRole.Link, new() { Name = "Visa strömmen (version 1)", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/granskning/strommar/{actionId}$"));
        await AssertStreamPageAsync(title, apiUser);
        await Page.GetByText("Version 1: action_planned", new() { Exact = true }).ClickAsync();
        await Expect(Page.Locator("details[data-version='1'] pre")).ToContainTextAsync($"\"title\": \"{title}\"");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("granskning-strom");

        await GotoInteractiveAsync($"/atgarder/{actionId}");
        await Page.GetByTestId("history").GetByRole(AriaRole.Link, new() { Name = "Visa i granskningsloggen", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/granskning/strommar/{actionId}$"));
        await AssertStreamPageAsync(title, apiUser);
    }

    private async Task AssertStreamPageAsync(string title, string apiUser)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Strömmens historik");
        var facts = Page.GetByTestId("audit-stream-facts");
        await Expect(facts.Locator("tr", new() { HasText = "Modul" })).ToContainTextAsync("Processplan");
        await Expect(facts.Locator("tr", new() { HasText = "Aggregattyp" })).ToContainTextAsync("PlanAction");
        var planned = Page.Locator("[data-testid='audit-stream-events'] tr[data-version='1']");
        await Expect(planned).ToContainTextAsync($"Åtgärden planerades: {title} (2024-02-07)");
        await Expect(planned).ToContainTextAsync(apiUser);
    }

    /// <summary>
    /// The fixture has no Revisor, and accounts are made only by an administrator: one makes a Revisor on the users page,
    /// in a browser context of its own, as it would be done for a real auditor.
    /// </summary>
    private async Task<TestUser> CreateAuditorAsync()
    {
        var auditor = new TestUser($"revisor.{Guid.NewGuid():N}"[..20], "Rut Revisor", "ett-langt-losenord-for-revisorn", PlatformRoles.Auditor);
        var admin = await Fixture.NewPageAsync();
        try
        {
            await admin.Context.AddCookiesAsync(await Fixture.SessionCookiesAsync(Fixture.Administrator));
            await BrowserFixture.GotoInteractiveAsync(admin, "/admin/anvandare");
            var form = admin.Locator("section", new() { Has = admin.GetByRole(AriaRole.Heading, new() { Name = "Nytt konto" }) });
            await form.GetByLabel("Användarnamn", new() { Exact = true }).FillAsync(auditor.UserName);
            await form.GetByLabel("Namn", new() { Exact = true }).FillAsync(auditor.DisplayName);
            await form.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(auditor.Password);
            await form.GetByRole(AriaRole.Checkbox, new() { Name = "Revisor", Exact = true }).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Skapa konto" }).ClickAsync();
            await Expect(form.GetByTestId("create-message")).ToHaveTextAsync($"Kontot {auditor.UserName} har skapats.");
            return auditor;
        }
        finally
        {
            await admin.Context.CloseAsync();
        }
    }
}
