using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>Questionnaires in the admin UI: writing one, publishing version 2, reading version 1 again, and a stale change.</summary>
public sealed partial class QuestionnaireTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_planner_creates_a_questionnaire_publishes_version_2_and_can_still_read_version_1()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/enkater");
        await Expect(Page.GetByTestId("questionnaires-table").GetByRole(AriaRole.Link, new() { Name = "Företagsbesök – grundfrågor" })).ToBeVisibleAsync();
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ny enkät", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ny enkät");
        await Page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Besök hos besöksnäringen");
        var first = Question(1);
        await first.GetByLabel("Frågetext", new() { Exact = true }).FillAsync("Hur lätt är det att hitta säsongspersonal?");
        await ChooseAsync(first, "Tema", "Kompetensförsörjning");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till fråga", Exact = true }).ClickAsync();
        var second = Question(2);
        await second.GetByLabel("Frågetext", new() { Exact = true }).FillAsync("Vilken lokal saknar ni?");
        await second.GetByLabel("Nyckel", new() { Exact = true }).FillAsync("lokal-saknas");
        await ChooseAsync(second, "Tema", "Lokaler");
        await ChooseAsync(second, "Typ", "Ett val");
        await second.GetByLabel("Svarsalternativ (ett per rad)", new() { Exact = true }).FillAsync("Kontor\nLager");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa enkät", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("questionnaire-error")).ToHaveTextAsync(new Regex("^Fråga 1: nyckeln ska vara"));
        await AssertNoSeriousOrCriticalViolationsAsync();
        await first.GetByLabel("Nyckel", new() { Exact = true }).FillAsync("sasongspersonal");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa enkät", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(QuestionnaireUrl());
        await Expect(Page.GetByTestId("questionnaire-title")).ToHaveTextAsync("Besök hos besöksnäringen");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lokaler", Level = 2 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("questionnaire-questions")).ToContainTextAsync("Alternativ: Kontor, Lager");
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ny version", Exact = true }).ClickAsync();
        await first.GetByLabel("Frågetext", new() { Exact = true }).FillAsync("Hur lätt är det att hitta personal till högsäsongen?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Flytta upp fråga 2", Exact = true }).ClickAsync();
        await Expect(Question(1).GetByLabel("Frågetext", new() { Exact = true })).ToHaveValueAsync("Vilken lokal saknar ni?");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publicera version 2", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("questionnaire-message")).ToHaveTextAsync("Version 2 är publicerad.");
        await Expect(Page.GetByTestId("questionnaire-questions")).ToContainTextAsync("Hur lätt är det att hitta personal till högsäsongen?");
        await ChooseAsync(Page.GetByRole(AriaRole.Main), "Visa version", "Version 1");
        await Expect(Page.GetByTestId("questionnaire-older")).ToHaveTextAsync("Du ser version 1. Den senaste är version 2.");
        await Expect(Page.GetByTestId("questionnaire-questions")).ToContainTextAsync("Hur lätt är det att hitta säsongspersonal?");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("enkat");

        var intranet = await IntranetClient.OpenAsync(Fixture);
        await intranet.ChangeAsync($"/api/v1/questionnaires/{Page.Url.Split('/')[^1]}/retire", "\"2\"", new { });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Avveckla", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("questionnaire-error")).ToHaveTextAsync(new Regex("^Enkäten har ändrats av någon annan"));
    }

    private ILocator Question(int number) => Page.GetByRole(AriaRole.Group, new() { Name = $"Fråga {number}", Exact = true });

    [GeneratedRegex("/enkater/[0-9a-f-]{36}$")]
    private static partial Regex QuestionnaireUrl();
}
