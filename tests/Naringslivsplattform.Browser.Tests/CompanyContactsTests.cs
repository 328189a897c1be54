using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>Contact persons on the company page: changing one (and being stopped by a change made in between), and erasing personal data.</summary>
public sealed class CompanyContactsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_planner_changes_a_contact_and_is_told_in_swedish_when_someone_changed_the_company_in_between()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var (id, etag) = await intranet.RegisterCompanyAsync(LegalEntityNumber(), soleTrader: false, "Kontaktbyrån i Saxnäs AB");
        etag = await intranet.AddContactAsync(id, etag, "Karin Berg", "0940-111 11");
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync($"/foretag/{id}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ändra Karin Berg", Exact = true }).ClickAsync();
        await Expect(Page.GetByLabel("Kontaktpersonens namn", new() { Exact = true })).ToHaveValueAsync("Karin Berg");
        await Page.GetByLabel("Telefon", new() { Exact = true }).FillAsync("0940-222 22");
        await Page.GetByLabel("Roll", new() { Exact = true }).FillAsync("VD");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara kontaktperson", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("company-message")).ToHaveTextAsync("Kontaktpersonen är ändrad.");
        await Expect(Page.GetByTestId("company-contacts")).ToContainTextAsync("0940-222 22");
        await Expect(Page.GetByTestId("company-contacts")).ToContainTextAsync("VD");

        // Someone else adds a contact behind the page's back: the page's version is now stale.
        var current = await intranet.GetAsync($"/api/v1/companies/{id}");
        await intranet.AddContactAsync(id, $"\"{current.GetProperty("version").GetInt64().ToString(CultureInfo.InvariantCulture)}\"", "Per Berg");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ändra Karin Berg", Exact = true }).ClickAsync();
        await Page.GetByLabel("Telefon", new() { Exact = true }).FillAsync("0940-333 33");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara kontaktperson", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("company-error")).ToContainTextAsync("ändrats");
        Assert.Equal("0940-222 22", (await intranet.GetAsync($"/api/v1/companies/{id}")).GetProperty("contacts")[0].GetProperty("phone").GetString());
        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    [Fact]
    public async Task An_administrator_erases_a_contact_and_a_sole_traders_personnummer_after_confirming()
    {
        var intranet = await IntranetClient.OpenAsync(Fixture);
        var personnummer = "811218-9876";
        var (id, etag) = await intranet.RegisterCompanyAsync(personnummer, soleTrader: true, "Eva Bergs fjällguidning");
        await intranet.AddContactAsync(id, etag, "Eva Berg", "070-123 45 67");
        await UseSessionOfAsync(Fixture.Administrator);
        await GotoInteractiveAsync($"/foretag/{id}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Radera personuppgifterna om Eva Berg", Exact = true }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Det går inte att ångra.");
        await AssertNoSeriousOrCriticalViolationsAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Radera", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("company-message")).ToHaveTextAsync("Kontaktpersonens personuppgifter är raderade.");
        await Expect(Page.GetByTestId("company-contacts")).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Radera personnumret", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Radera", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("company-message")).ToHaveTextAsync("Personnumret är raderat.");
        await Expect(Page.GetByTestId("company-number")).ToContainTextAsync("XXXXXX-XXXX");
        await Expect(Page.GetByTestId("company-number")).ToContainTextAsync("Personnumret är raderat");
        await AssertNoSeriousOrCriticalViolationsAsync();
        var company = await intranet.GetAsync($"/api/v1/companies/{id}");
        Assert.Equal(("XXXXXX-XXXX", 0, "Saxnäs"), (company.GetProperty("organisationNumber").GetString(), company.GetProperty("contacts").GetArrayLength(), company.GetProperty("locality").GetString()));
    }

    /// <summary>A legal entity's number (digits 3–4 at least 20) with its Luhn check digit, new for each call.</summary>
    private static string LegalEntityNumber()
    {
        var nine = string.Create(CultureInfo.InvariantCulture, $"55{Random.Shared.Next(20, 100)}{Random.Shared.Next(0, 100_000):D5}");
        var sum = nine.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"{nine[..6]}-{nine[6..]}{(10 - sum % 10) % 10}";
    }
}
