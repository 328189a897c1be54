using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// Company visits in the admin UI: planning with the notice of other visits close by, reporting one with a
/// questionnaire's answers, a refusal in Swedish. The visits are in 2025, outside the seeded plan, so the process
/// plan's counts other tests expect are not moved.
/// </summary>
public sealed partial class VisitFormsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_second_visit_in_the_same_month_shows_the_first_its_answers_show_by_theme_and_one_becomes_a_follow_up_given_feedback_and_closed()
    {
        var api = await IntranetClient.OpenAsync(Fixture);
        var (companyId, _) = await api.CreateAsync("/api/v1/companies", Company("556712-3400", "Kittelfjällets Snöskoter AB"));
        var (questionnaireId, _) = await api.CreateAsync("/api/v1/questionnaires", Questionnaire("Besöksfrågor för skotertest"));
        var (firstId, firstVersion) = await api.CreateAsync("/api/v1/visits", new
        {
            companyId,
            plannedOn = "2025-03-03",
            visitors = new[] { new { name = "Anna Berg", role = "Official" } },
        });
        await api.ChangeAsync($"/api/v1/visits/{firstId}/complete", firstVersion, new { heldOn = "2025-03-03" });

        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/besok/ny?foretag={companyId}");
        await Expect(Page.GetByLabel("Företag", new() { Exact = true })).ToHaveValueAsync("Kittelfjällets Snöskoter AB");
        await Expect(Page.GetByLabel("Besökare 1", new() { Exact = true })).ToHaveValueAsync("Per Planerare");
        await FillDayAsync("Planerat datum", "2025-03-20");
        await Expect(Page.GetByTestId("visit-nearby")).ToContainTextAsync("Anna Berg (tjänsteperson) besökte företaget 2025-03-03");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till besökare", Exact = true }).ClickAsync();
        await Page.GetByLabel("Besökare 2", new() { Exact = true }).FillAsync("Olle Ek");
        await ChooseAsync("Roll för besökare 2", "politiker");
        await Page.GetByLabel("Syfte", new() { Exact = true }).FillAsync("Höra hur vintersäsongen gick.");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("besok-planera");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Planera besöket", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(VisitUrl());
        await Expect(Page.GetByTestId("visit-status")).ToHaveTextAsync("Planerat");
        await Expect(Page.GetByTestId("visit-visitors")).ToHaveTextAsync("Per Planerare (tjänsteperson), Olle Ek (politiker)");

        await FillDayAsync("Genomfört datum", "2025-03-21");
        await ChooseAsync("Enkät", "Besöksfrågor för skotertest, version 1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomfört", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("visit-error")).ToHaveTextAsync("Frågan ”Hur lätt är det att rekrytera?” måste besvaras.");
        await Expect(Page.GetByTestId("visit-status")).ToHaveTextAsync("Planerat");
        await Answer("Hur lätt är det att rekrytera? (obligatorisk)").GetByRole(AriaRole.Radio, new() { Name = "2", Exact = true }).CheckAsync();
        await Answer("Behöver ni större lokaler?").GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true }).CheckAsync();
        await Answer("Vilka upphandlingar är intressanta?").GetByRole(AriaRole.Checkbox, new() { Name = "Snöröjning", Exact = true }).CheckAsync();
        await Answer("Vilka upphandlingar är intressanta?").GetByRole(AriaRole.Checkbox, new() { Name = "Transporter", Exact = true }).CheckAsync();
        await Answer("Hur ser ni på de närmaste åren?").GetByRole(AriaRole.Radio, new() { Name = "Växa", Exact = true }).CheckAsync();
        await Page.GetByLabel("Anteckningar", new() { Exact = true }).FillAsync("Vill bygga ut verkstaden.");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rapportera genomfört", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("visit-message")).ToHaveTextAsync("Besöket är rapporterat som genomfört.");
        await Expect(Page.GetByTestId("visit-status")).ToHaveTextAsync("Genomfört");
        await Expect(Page.GetByTestId("visit-questionnaire")).ToHaveTextAsync("Besöksfrågor för skotertest, version 1");
        var answers = Page.GetByTestId("visit-answers");
        await Expect(answers).ToHaveCountAsync(4);
        await Expect(answers.Nth(0)).ToContainTextAsync(new Regex(@"Hur lätt är det att rekrytera\?\s*2 av 5"));
        await Expect(answers.Nth(1)).ToContainTextAsync(new Regex(@"Behöver ni större lokaler\?\s*Ja"));
        await Expect(answers.Nth(2)).ToContainTextAsync(new Regex(@"Vilka upphandlingar är intressanta\?\s*Snöröjning, Transporter"));
        await Expect(answers.Nth(3)).ToContainTextAsync(new Regex(@"Hur ser ni på de närmaste åren\?\s*Växa"));
        await Expect(Page.GetByText("Vad vill ni säga till kommunen?")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("visit-notes")).ToHaveTextAsync("Vill bygga ut verkstaden.");
        var visitId = VisitUrl().Match(Page.Url).Groups["id"].Value;
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skapa uppföljning om: Behöver ni större lokaler?" }))
            .ToHaveAttributeAsync("href", $"uppfoljningar/ny?foretag={companyId}&besok={visitId}&fraga=lokaler");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("besok-genomfort");

        // The answer becomes a follow-up, the company hears back, and it is closed.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Skapa uppföljning om: Behöver ni större lokaler?" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByLabel("Företag", new() { Exact = true })).ToHaveValueAsync("Kittelfjällets Snöskoter AB");
        await Page.GetByLabel("Vad företaget behöver", new() { Exact = true }).FillAsync("Större verkstadslokal för skotrarna");
        await ChooseAsync("Kategori", "Lokaler");
        await FillDayAsync("Förfallodag", Day(Today.AddDays(14)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-status")).ToHaveTextAsync("Öppen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ge återkoppling", Exact = true }).ClickAsync();
        await FillDayAsync("Återkoppling given den", Day(Today));
        await Page.GetByLabel("Hur och vad företaget fick veta", new() { Exact = true }).FillAsync("Ringde om två lediga lokaler");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-feedback")).ToContainTextAsync("Ringde om två lediga lokaler");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stäng", Exact = true }).ClickAsync();
        await Page.GetByLabel("Utfall", new() { Exact = true }).FillAsync("Företaget hyr lokalen vid industriområdet");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("follow-up-status")).ToHaveTextAsync("Stängd");
        var followUpId = (await api.GetAsync($"/api/v1/companies/{companyId}/follow-ups")).GetProperty("items")[0].GetProperty("id").GetString();
        var closed = await api.GetAsync($"/api/v1/follow-ups/{followUpId}");
        Assert.Equal((visitId, "lokaler", "Closed", Day(Today)),
            (closed.GetProperty("visitId").GetString(), closed.GetProperty("questionKey").GetString(), closed.GetProperty("status").GetString(), closed.GetProperty("feedbackOn").GetString()));
        await GotoInteractiveAsync($"/foretag/{companyId}");
        await Expect(Page.GetByText("Större verkstadslokal för skotrarna").First).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();

        await GotoInteractiveAsync($"/besok?foretag={companyId}&status=Completed");
        await Expect(Page.GetByTestId("visits-count")).ToHaveTextAsync("2 besök");
        await Expect(Page.GetByTestId("visits-table").GetByRole(AriaRole.Link, new() { Name = "2025-03-21" })).ToHaveAttributeAsync("href", $"besok/{visitId}");
        await ChooseAsync("Besökare med rollen", "politiker");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("roll=Politician"));
        await Expect(Page.GetByTestId("visits-count")).ToHaveTextAsync("1 besök");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("besok-lista");
    }

    [Fact]
    public async Task Planning_without_a_day_is_refused_in_swedish_beside_the_form_and_plans_nothing()
    {
        var api = await IntranetClient.OpenAsync(Fixture);
        var (companyId, _) = await api.CreateAsync("/api/v1/companies", Company("556712-3418", "Saxnäs Fjällfiske AB"));
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/besok/ny?foretag={companyId}");
        await Expect(Page.GetByLabel("Företag", new() { Exact = true })).ToHaveValueAsync("Saxnäs Fjällfiske AB");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Planera besöket", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("visit-error")).ToHaveTextAsync("Ange besökets datum (från år 2000 och högst 3 år framåt).");
        await Expect(Page).ToHaveURLAsync(new Regex("/besok/ny"));
        Assert.Equal(0, (await api.GetAsync($"/api/v1/visits?companyId={companyId}")).GetProperty("total").GetInt32());
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    [Fact]
    public async Task A_visit_changed_by_someone_else_is_not_cancelled_over_it_and_after_a_reload_is_moved_and_cancelled()
    {
        var api = await IntranetClient.OpenAsync(Fixture);
        var (companyId, _) = await api.CreateAsync("/api/v1/companies", Company("556712-3426", "Klimpfjällets Bageri AB"));
        var (visitId, version) = await api.CreateAsync("/api/v1/visits", new
        {
            companyId,
            plannedOn = "2025-06-10",
            visitors = new[] { new { name = "Per Planerare", role = "Official" } },
        });
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/besok/{visitId}");

        await api.ChangeAsync($"/api/v1/visits/{visitId}/reschedule", version, new { plannedOn = "2025-06-12", reason = "Bageriet bad om det." });
        await Page.GetByLabel("Skäl till att besöket ställs in", new() { Exact = true }).FillAsync("Ägaren är sjuk.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ställ in", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("visit-error")).ToContainTextAsync("ändrats av någon annan");
        await Expect(Page.GetByTestId("visit-status")).ToHaveTextAsync("Planerat");

        await Page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByTestId("visit-planned-on")).ToHaveTextAsync("2025-06-12");
        await FillDayAsync("Nytt datum", "2025-06-20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Flytta", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("visit-message")).ToHaveTextAsync("Besöket är flyttat.");
        await Expect(Page.GetByTestId("visit-planned-on")).ToHaveTextAsync("2025-06-20");
        await Page.GetByLabel("Skäl till att besöket ställs in", new() { Exact = true }).FillAsync("Ägaren är sjuk.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ställ in", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("visit-status")).ToHaveTextAsync("Inställt");
        await Expect(Page.GetByText("Ägaren är sjuk.", new() { Exact = true })).ToBeVisibleAsync();
    }

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private ILocator Answer(string question) => Page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true });

    private static object Company(string number, string name) =>
        new { organisationNumber = number, soleTrader = false, name, sniCodes = new[] { "77210" }, locality = "Kittelfjäll", sizeClass = "1-4" };

    /// <summary>One question of each kind the form draws differently; the free text is left unanswered, as it may be.</summary>
    private static object Questionnaire(string title) => new
    {
        title,
        questions = new object[]
        {
            new { key = "rekrytering", theme = "kompetensforsorjning", text = "Hur lätt är det att rekrytera?", type = "Scale1To5", required = true },
            new { key = "lokaler", theme = "lokaler", text = "Behöver ni större lokaler?", type = "YesNo", required = false },
            new { key = "upphandling", theme = "upphandling", text = "Vilka upphandlingar är intressanta?", type = "MultipleChoice", options = new[] { "Snöröjning", "Transporter", "Städning" }, required = false },
            new { key = "framtid", theme = "tillvaxt", text = "Hur ser ni på de närmaste åren?", type = "SingleChoice", options = new[] { "Växa", "Behålla", "Minska" }, required = false },
            new { key = "ovrigt", theme = "ovrigt", text = "Vad vill ni säga till kommunen?", type = "FreeText", required = false },
        },
    };

    [GeneratedRegex("/besok/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex VisitUrl();
}
