using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The Companies module's records for the annual evaluation: made from what was recorded through the API, now and as
/// it stood at an earlier instant, and unbroken by erased personal data.
/// </summary>
[Collection(SharedSecurityApp.Name)]
public sealed class CompanyWorkRecordsTests(SecurityApp app)
{
    // A past year no other test records visits or follow-ups in, so the year's follow-up figures are this test's alone.
    private const int Year = 2012;

    // A municipality without a register of its own here (no localities to register companies in): it must see none of Vilhelmina's.
    private const string Dorotea = "2425";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Visits_and_follow_ups_count_in_the_year_now_and_as_the_records_stood_before_a_follow_up_was_closed()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var start = DateTimeOffset.UtcNow;
        var before = await ReadAsync(start);

        var hotel = await RegisterAsync(planner, "55101", "Kittelfjäll");
        var sawmill = await RegisterAsync(planner, "16230", "Dikanäs");
        await HoldVisitAsync(planner, hotel, "2012-05-12", new { name = "Anna Tjänsteperson", role = "Official" }, new { name = "Olle Politiker", role = "Politician" });
        await HoldVisitAsync(planner, sawmill, "2012-06-01", new { name = "Anna Tjänsteperson", role = "Official" });
        var premises = await OpenFollowUpAsync(planner, hotel, "2012-05-12", due: "2012-06-12");
        await CloseAsync(planner, premises, "2012-06-01");
        var permit = await OpenFollowUpAsync(planner, sawmill, "2012-06-01", due: "2012-07-01");
        var beforeClosing = DateTimeOffset.UtcNow;
        await CloseAsync(planner, permit, "2012-08-01");

        var now = await ReadAsync(DateTimeOffset.UtcNow);
        var then = await ReadAsync(beforeClosing);
        var atStart = await ReadAsync(start);
        var dorotea = await ReadAsync(DateTimeOffset.UtcNow, Dorotea);

        Assert.Equal(
            (before.CompaniesInRegister + 2, before.CompaniesVisited + 2, before.VisitsHeld + 2, before.VisitsWithPoliticians + 1),
            (now.CompaniesInRegister, now.CompaniesVisited, now.VisitsHeld, now.VisitsWithPoliticians));
        Assert.Equal(Section(before, "I", 1, 1, 1), Section(now, "I"));
        Assert.Equal(Section(before, "C", 1, 1, 1), Section(now, "C"));
        Assert.Equal(new FollowUpFigures(2, 2, 0, 40.5, 40.5), now.FollowUps);
        Assert.Equal((now.CompaniesInRegister, now.VisitsHeld, now.VisitsWithPoliticians), (then.CompaniesInRegister, then.VisitsHeld, then.VisitsWithPoliticians));
        Assert.Equal(new FollowUpFigures(2, 1, 1, 20, 20), then.FollowUps);
        Assert.Equal(before.Sections, atStart.Sections);
        Assert.Equal(before with { Sections = [] }, atStart with { Sections = [] });
        Assert.Equal((0, 0, 0), (dorotea.CompaniesInRegister, dorotea.VisitsHeld, dorotea.FollowUps.Opened));
    }

    [Fact]
    public async Task A_sole_trader_whose_personnummer_and_contact_were_erased_still_counts_in_the_register_and_its_section()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var admin = (await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Administrator)).Http;
        var before = await ReadAsync(DateTimeOffset.UtcNow);
        // Tolvan Tolvansson's personnummer, the Swedish test number; the erasure tests draw theirs from other years.
        var registered = await planner.PostAsJsonAsync(
            "/api/v1/companies", new { organisationNumber = "121212-1212", soleTrader = true, name = "Tolvans fiske", sniCodes = new[] { "03111" }, locality = "Saxnäs", sizeClass = "1-4" }, Ct);
        var url = registered.Headers.Location!.OriginalString;
        var added = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts", registered.Headers.ETag!.Tag, new { name = "Tolvan Tolvansson", phone = "0940-12121" });
        var contactId = (string)(await added.Content.ReadFromJsonAsync<JsonObject>(Ct))!["contacts"]![0]!["id"]!;
        var contactErased = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{contactId}/erasure", added.Headers.ETag!.Tag, null);
        var numberErased = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/personal-identity-number/erasure", contactErased.Headers.ETag!.Tag, null);

        var after = await ReadAsync(DateTimeOffset.UtcNow);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (contactErased.StatusCode, numberErased.StatusCode));
        Assert.Equal(before.CompaniesInRegister + 1, after.CompaniesInRegister);
        Assert.Equal(Section(before, "A", companies: 1), Section(after, "A"));
    }

    /// <summary>
    /// The records as the Evaluation module reads them: a scope of its own, for one municipality, the year and the one
    /// before it in one read, which must come back in the order asked.
    /// </summary>
    private async Task<CompanyWorkYear> ReadAsync(DateTimeOffset until, string municipality = SecurityApp.Vilhelmina)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipality);
        var years = await scope.ServiceProvider.GetRequiredService<ICompanyWorkRecords>().ReadYearsAsync([Year, Year - 1], until, Ct);
        Assert.Equal([Year, Year - 1], years.Select(y => y.Year));
        return years[0];
    }

    /// <summary>A section's figures, plus what is added to them.</summary>
    private static (int Companies, int CompaniesVisited, int Visits) Section(CompanyWorkYear year, string code, int companies = 0, int visited = 0, int visits = 0)
    {
        var section = year.Sections.Single(s => s.Code == code);
        return (section.Companies + companies, section.CompaniesVisited + visited, section.Visits + visits);
    }

    private static async Task<string> RegisterAsync(HttpClient planner, string sni, string locality)
    {
        var created = await planner.PostAsJsonAsync(
            "/api/v1/companies", new { organisationNumber = OrganisationNumbers.Next(), name = $"Årsutvärdering {Guid.NewGuid():N}", sniCodes = new[] { sni }, locality, sizeClass = "1-4" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    private static async Task HoldVisitAsync(HttpClient planner, string companyId, string heldOn, params object[] visitors)
    {
        var planned = await planner.PostAsJsonAsync("/api/v1/visits", new { companyId, plannedOn = heldOn, visitors, purpose = "Årsutvärdering" }, Ct);
        var id = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        var held = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/visits/{id}/complete", planned.Headers.ETag!.Tag, new { heldOn });
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
    }

    private static async Task<HttpResponseMessage> OpenFollowUpAsync(HttpClient planner, string companyId, string openedOn, string due)
    {
        var opened = await planner.PostAsJsonAsync(
            "/api/v1/follow-ups", new { companyId, need = "Behöver lokal", category = "Premises", owner = "anna.handlaggare", openedOn, dueOn = due }, Ct);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return opened;
    }

    private static async Task CloseAsync(HttpClient planner, HttpResponseMessage opened, string on)
    {
        var closed = await planner.SendWithIfMatchAsync(
            HttpMethod.Post, $"{opened.Headers.Location}/close", opened.Headers.ETag!.Tag, new { outcome = "Klart", closedOn = on, feedbackOn = on });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }
}
