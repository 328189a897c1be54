using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>Recording, requesting and deciding leadership decisions through the forms of the admin UI.</summary>
public sealed class DecisionFormsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private ILocator Awaiting => Page.GetByTestId("decisions-awaiting");

    private ILocator Decided => Page.GetByTestId("decisions-decided");

    [Fact]
    public async Task A_planner_records_a_need_for_3_3_requests_it_from_kommunstyrelsen_and_the_approval_moves_it_to_decided()
    {
        var subject = $"Koncernövergripande mål {Guid.NewGuid():N}"[..32];
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan/beslut");

        await RecordNeedAsync("3.3", subject, DateOnly.FromDateTime(DateTime.Now).AddDays(60));
        await Expect(Page.GetByTestId("decision-message")).ToHaveTextAsync("Beslutsbehovet är registrerat.");
        await Expect(Awaiting).ToContainTextAsync(subject);
        await Expect(Decided).Not.ToContainTextAsync(subject);

        await Awaiting.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/beslut/[0-9a-f-]{36}$"));
        await Expect(Page.GetByTestId("decision-state")).ToHaveTextAsync("Behövs");

        var request = Page.GetByRole(AriaRole.Region, new() { Name = "Skicka begäran" });
        await request.GetByRole(AriaRole.Radio, new() { Name = "Kommunstyrelsen", Exact = true }).CheckAsync();
        await FillDateAsync(request, "Begärt datum", "2024-02-01");
        await request.GetByLabel("Diarienummer", new() { Exact = true }).FillAsync("KS 2024/17");
        await request.GetByRole(AriaRole.Button, new() { Name = "Skicka begäran", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("decision-state")).ToHaveTextAsync("Begärt");

        var decide = Page.GetByRole(AriaRole.Region, new() { Name = "Registrera beslut" });
        await FillDateAsync(decide, "Beslutsdatum", "2024-03-05");
        await Expect(decide.GetByLabel("Diarienummer", new() { Exact = true })).ToHaveValueAsync("KS 2024/17");
        await decide.GetByLabel("Beslutstext", new() { Exact = true }).FillAsync("Kommunstyrelsen fastställer de koncernövergripande målen.");
        await decide.GetByRole(AriaRole.Radio, new() { Name = "Bifall", Exact = true }).CheckAsync();
        await decide.GetByRole(AriaRole.Button, new() { Name = "Registrera beslut", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("decision-state")).ToHaveTextAsync("Bifallet");
        await SaveScreenshotAsync("beslut-fattat");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till besluten" }).ClickAsync();
        var row = Decided.Locator("tr", new() { HasText = subject });
        await Expect(row).ToContainTextAsync("2024-03-05");
        await Expect(row).ToContainTextAsync("Kommunstyrelsen");
        await Expect(row).ToContainTextAsync("KS 2024/17");
        await Expect(row).ToContainTextAsync("Bifallet");
        await Expect(Awaiting).Not.ToContainTextAsync(subject);
    }

    [Fact]
    public async Task Both_decision_pages_show_swedish_refusals_and_have_no_serious_or_critical_accessibility_violations()
    {
        var subject = $"Agendor {Guid.NewGuid():N}"[..24];
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/processplan/beslut");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrera behov", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("decision-error")).ToHaveTextAsync("Ange vad beslutet gäller (högst 200 tecken).");
        await Expect(Page.GetByTestId("decision-error")).ToHaveAttributeAsync("role", "alert");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await RecordNeedAsync("3.2", subject, null);
        await Expect(Page.GetByTestId("decisions-overdue")).ToContainTextAsync(subject);
        await Expect(Page.GetByTestId("decisions-overdue").Locator("tr", new() { HasText = subject })).ToContainTextAsync("Försenat");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("beslut-lista");

        await Page.GetByTestId("decisions-overdue").GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(Page.GetByTestId("decision-state")).ToHaveTextAsync("Behövs");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Återkalla", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("decision-error")).ToHaveTextAsync("Ange ett skäl (högst 4000 tecken).");
        await Expect(Page.GetByTestId("decision-state")).ToHaveTextAsync("Behövs");
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    /// <summary>On the list page, records that <paramref name="activity"/> needs a decision; no date means the activity's own.</summary>
    private async Task RecordNeedAsync(string activity, string subject, DateOnly? neededBy)
    {
        var form = Page.GetByRole(AriaRole.Region, new() { Name = "Registrera beslutsbehov" });
        await form.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(activity)} ") }).CheckAsync();
        await form.GetByLabel("Vad beslutet gäller", new() { Exact = true }).FillAsync(subject);
        if (neededBy is { } date)
        {
            await FillDateAsync(form, "Behövs senast", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Registrera behov", Exact = true }).ClickAsync();
    }

    private static async Task FillDateAsync(ILocator form, string label, string date)
    {
        await form.GetByLabel(label, new() { Exact = true }).FillAsync(date);
        await form.GetByLabel(label, new() { Exact = true }).PressAsync("Tab");
    }
}
