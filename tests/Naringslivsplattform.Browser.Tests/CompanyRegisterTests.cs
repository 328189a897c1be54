using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>The company register in the admin UI: registering with a Swedish refusal first, contacts, the list.</summary>
public sealed partial class CompanyRegisterTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_planner_is_refused_a_wrong_check_digit_in_swedish_then_registers_the_company_and_finds_it_in_the_list()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/foretag");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Registrera företag", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registrera företag");

        await Page.GetByLabel("Organisationsnummer", new() { Exact = true }).FillAsync("556036-0794");
        await Page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Fjällstugan i Saxnäs AB");
        await Page.GetByLabel("SNI-koder", new() { Exact = true }).FillAsync("55101, 56100");
        await ChooseAsync("Ort", "Saxnäs");
        await ChooseAsync("Storleksklass (anställda)", "5-9");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("company-error")).ToHaveTextAsync(new Regex("^Organisationsnumret är ogiltigt"));
        await AssertNoSeriousOrCriticalViolationsAsync();

        await Page.GetByLabel("Organisationsnummer", new() { Exact = true }).FillAsync("5560360793");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(CompanyUrl());
        await Expect(Page.GetByTestId("company-name")).ToHaveTextAsync("Fjällstugan i Saxnäs AB");
        await Expect(Page.GetByTestId("company-number")).ToContainTextAsync("556036-0793");
        await Expect(Page.GetByText("55101 (SNI 2007, I Hotell- och restaurangverksamhet)")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ändra uppgifter", Exact = true }).ClickAsync();
        await ChooseAsync("Storleksklass (anställda)", "10-19");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara uppgifter", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("company-message")).ToHaveTextAsync("Uppgifterna är sparade.");
        await Expect(Page.GetByTestId("company-size")).ToHaveTextAsync("10-19");

        await Page.GetByLabel("Kontaktpersonens namn", new() { Exact = true }).FillAsync("Karin Berg");
        await Page.GetByLabel("E-post", new() { Exact = true }).FillAsync("karin(at)fjallstugan.se");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till kontaktperson", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("company-error")).ToHaveTextAsync("E-postadressen är ogiltig (till exempel namn@foretag.se).");
        await Page.GetByLabel("E-post", new() { Exact = true }).FillAsync("karin@fjallstugan.se");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till kontaktperson", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("company-contacts")).ToContainTextAsync("karin@fjallstugan.se");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await SaveScreenshotAsync("foretag");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till företagen" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Page.GetByLabel("Sök på namn eller organisationsnummer", new() { Exact = true }).FillAsync("Saxnäs AB");
        await ChooseAsync("Bransch (SNI-avdelning)", "I Hotell- och restaurangverksamhet");
        await ChooseAsync("Storleksklass (anställda)", "10-19");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrera", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("companies-table").GetByRole(AriaRole.Link, new() { Name = "Fjällstugan i Saxnäs AB" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("companies-count")).ToHaveTextAsync("1 företag");
        await AssertNoSeriousOrCriticalViolationsAsync();

        // The filters are kept in the address: reloading (or a bookmark) shows the same list.
        await Expect(Page).ToHaveURLAsync(new Regex("avdelning=I.*storlek=10-19"));
        await Page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByTestId("companies-count")).ToHaveTextAsync("1 företag");
        await Expect(Page.GetByLabel("Sök på namn eller organisationsnummer", new() { Exact = true })).ToHaveValueAsync("Saxnäs AB");
    }

    [GeneratedRegex("/foretag/[0-9a-f-]{36}$")]
    private static partial Regex CompanyUrl();
}
