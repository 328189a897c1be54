using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Security;
using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Erasing personal data on request (docs/adr/0010-erasing-personal-data.md): the raw events, the snapshot and the
/// number claim no longer hold it, the erasure is itself recorded, and the company stays in the register.
/// </summary>
[Collection(SharedSecurityApp.Name)]
public sealed class CompanyErasureApiTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_erases_a_current_and_a_removed_contact_from_every_event_and_the_company_stays()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var admin = (await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Administrator)).Http;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (url, etag) = await RegisterAsync(planner, OrganisationNumbers.Next(), soleTrader: false);
        etag = (await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts", etag, new { name = $"Karin {tag}", phone = "0940-11111", email = $"karin.{tag}@example.se" })).Headers.ETag!.Tag;
        var added = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts", etag, new { name = $"Per {tag}", role = "Ägare" });
        var body = (await added.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var (karin, per) = ((string)body["contacts"]![0]!["id"]!, (string)body["contacts"]![1]!["id"]!);
        etag = (await planner.SendWithIfMatchAsync(HttpMethod.Put, $"{url}/contacts/{karin}", added.Headers.ETag!.Tag, new { name = $"Karin {tag} Berg", email = $"karin.{tag}@example.se" })).Headers.ETag!.Tag;
        etag = (await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"{url}/contacts/{per}", etag, null)).Headers.ETag!.Tag;
        Assert.Contains(await RawEventsAsync(), e => e.Contains(tag, StringComparison.Ordinal));

        var byPlanner = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{karin}/erasure", etag, null);
        var erasedKarin = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{karin}/erasure", etag, null);
        var erasedPer = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{per}/erasure", erasedKarin.Headers.ETag!.Tag, null);
        var before = (await RawEventsAsync()).Count;
        var again = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{karin}/erasure", erasedPer.Headers.ETag!.Tag, null);
        var unknown = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{Guid.NewGuid()}/erasure", erasedPer.Headers.ETag!.Tag, null);
        var stale = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts/{per}/erasure", etag, null);
        var read = (await planner.GetFromJsonAsync<JsonObject>(url, Ct))!;

        Assert.Equal(HttpStatusCode.Forbidden, byPlanner.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (erasedKarin.StatusCode, erasedPer.StatusCode));
        Assert.Equal((HttpStatusCode.Conflict, "company.contact-already-erased"), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal((HttpStatusCode.NotFound, "company.contact-not-found"), (unknown.StatusCode, await CodeAsync(unknown)));
        Assert.Equal((HttpStatusCode.PreconditionFailed, "company.version-stale"), (stale.StatusCode, await CodeAsync(stale)));
        Assert.Equal(before, (await RawEventsAsync()).Count);
        Assert.DoesNotContain(await RawEventsAsync(), e => e.Contains(tag, StringComparison.Ordinal));
        Assert.DoesNotContain(await RawDocumentsAsync("mt_doc_company"), d => d.Contains(tag, StringComparison.Ordinal));
        Assert.Equal(2, (await RawEventsAsync()).Count(e => e.Contains("\"erasedBy\"", StringComparison.Ordinal) && e.Contains(url[^36..], StringComparison.Ordinal)));
        Assert.Equal((0, 0, "Kittelfjäll", "55101"), (read["contacts"]!.AsArray().Count, read["formerContactIds"]!.AsArray().Count, (string?)read["locality"], (string?)read["sniCodes"]![0]!["code"]));
    }

    [Fact]
    public async Task Erasing_a_sole_traders_personnummer_masks_it_everywhere_and_the_number_still_cannot_be_registered_twice()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var admin = (await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Administrator)).Http;
        var personnummer = Personnummer();
        var (url, etag) = await RegisterAsync(planner, personnummer, soleTrader: true);
        var (legalEntity, legalEtag) = await RegisterAsync(planner, OrganisationNumbers.Next(), soleTrader: false);

        var erased = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/personal-identity-number/erasure", etag, null);
        var before = (await RawEventsAsync()).Count;
        var again = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/personal-identity-number/erasure", erased.Headers.ETag!.Tag, null);
        var notSoleTrader = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{legalEntity}/personal-identity-number/erasure", legalEtag, null);
        var withoutVersion = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{legalEntity}/personal-identity-number/erasure", null, null);
        var registeredAgain = await planner.PostAsJsonAsync("/api/v1/companies", Company(personnummer, soleTrader: true), Ct);
        var read = (await planner.GetFromJsonAsync<JsonObject>(url, Ct))!;

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "company.already-erased"), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal((HttpStatusCode.Conflict, "company.not-a-sole-trader"), (notSoleTrader.StatusCode, await CodeAsync(notSoleTrader)));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "company.version-required"), (withoutVersion.StatusCode, await CodeAsync(withoutVersion)));
        Assert.Equal((HttpStatusCode.Conflict, "company.organisation-number-taken"), (registeredAgain.StatusCode, await CodeAsync(registeredAgain)));
        Assert.Equal(before, (await RawEventsAsync()).Count);
        Assert.Equal(("XXXXXX-XXXX", true, "Eget företag", "Kittelfjäll"), ((string?)read["organisationNumber"], (bool?)read["isErased"], (string?)read["name"], (string?)read["locality"]));
        foreach (var raw in (await RawEventsAsync()).Concat(await RawDocumentsAsync("mt_doc_company")).Concat(await RawDocumentsAsync("mt_doc_organisationnumberclaim")))
        {
            Assert.DoesNotContain(personnummer, raw, StringComparison.Ordinal);
        }
    }

    /// <summary>A valid personnummer (born 1981–1999, check digit by Luhn) not used before in these tests.</summary>
    private static string Personnummer()
    {
        var first = string.Create(CultureInfo.InvariantCulture, $"{Random.Shared.Next(81, 100)}{Random.Shared.Next(1, 13):D2}{Random.Shared.Next(1, 29):D2}{Random.Shared.Next(0, 1000):D3}");
        var sum = first.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"{first[..6]}-{first[6..]}{(10 - sum % 10) % 10}";
    }

    private static object Company(string number, bool soleTrader) =>
        new { organisationNumber = number, soleTrader, name = "Eget företag", sniCodes = new[] { "55101" }, locality = "Kittelfjäll", sizeClass = "1-4" };

    private static async Task<(string Url, string ETag)> RegisterAsync(HttpClient planner, string number, bool soleTrader)
    {
        var created = await planner.PostAsJsonAsync("/api/v1/companies", Company(number, soleTrader), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (created.Headers.Location!.OriginalString, created.Headers.ETag!.Tag);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];

    private async Task<IReadOnlyList<string>> RawEventsAsync() => [.. (await EventRows.ReadAllAsync(app.ConnectionString)).Select(e => e.Data)];

    private async Task<IReadOnlyList<string>> RawDocumentsAsync(string table)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand($"select id::text || ' ' || data::text from naringsliv.{table}", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
