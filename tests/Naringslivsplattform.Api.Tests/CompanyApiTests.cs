using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The company register over the API: registering, rules, concurrency, CSV import and export.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class CompanyApiTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_planner_registers_a_company_and_reads_it_back_with_its_sni_section_and_etag()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var number = OrganisationNumbers.Next();

        var created = await planner.PostAsJsonAsync("/api/v1/companies", Company(number.Replace("-", "", StringComparison.Ordinal), "Fjällstugan i Kittelfjäll AB"), Ct);
        var id = (string?)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"];
        var read = await planner.GetAsync($"/api/v1/companies/{id}", Ct);
        var body = (await read.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal((HttpStatusCode.Created, "\"1\""), (created.StatusCode, created.Headers.ETag?.Tag));
        Assert.Equal($"/api/v1/companies/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal((number, "I", "SNI 2007", "Kittelfjäll", "5-9", false),
            ((string?)body["organisationNumber"], (string?)body["sniCodes"]![0]!["section"], (string?)body["sniCodes"]![0]!["classification"],
             (string?)body["locality"], (string?)body["sizeClass"], (bool?)body["isPersonalIdentityNumber"]));
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Registering_a_number_twice_is_409_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var number = OrganisationNumbers.Next();
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/v1/companies", Company(number, "Första AB"), Ct)).StatusCode);
        var before = await CompanyEventCountAsync();

        var again = await planner.PostAsJsonAsync("/api/v1/companies", Company(number.Replace("-", "", StringComparison.Ordinal), "Andra AB"), Ct);

        Assert.Equal((HttpStatusCode.Conflict, "company.organisation-number-taken"), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal(before, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task A_retried_registration_with_the_same_idempotency_key_gets_the_first_company_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var number = OrganisationNumbers.Next();
        var key = $"retry-{Guid.NewGuid():N}";

        var first = await planner.PostWithIdempotencyKeyAsync("/api/v1/companies", key, Company(number, "Omförsök AB"));
        var before = await CompanyEventCountAsync();
        var retried = await planner.PostWithIdempotencyKeyAsync("/api/v1/companies", key, Company(number, "Omförsök AB"));
        var reused = await planner.PostWithIdempotencyKeyAsync("/api/v1/companies", key, Company(number, "Något annat AB"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retried.StatusCode));
        Assert.Equal((string?)(await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"], (string?)(await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]);
        Assert.Equal((HttpStatusCode.Conflict, "idempotency-key.reused"), (reused.StatusCode, await CodeAsync(reused)));
        Assert.Equal(before, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task Two_concurrent_registrations_of_one_number_register_one_company()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var number = OrganisationNumbers.Next();
        var before = await CompanyEventCountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => planner.PostAsJsonAsync("/api/v1/companies", Company(number, $"Samtidigt {i} AB"), Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(before + 1, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_in_swedish_with_stable_codes_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var before = await CompanyEventCountAsync();

        var badCheckDigit = await planner.PostAsJsonAsync("/api/v1/companies", Company("556036-0794", "Fel AB"), Ct);
        var personnummer = await planner.PostAsJsonAsync("/api/v1/companies", Company("811218-9876", "Fel AB"), Ct);
        var unknownSni = await planner.PostAsJsonAsync("/api/v1/companies", Company(OrganisationNumbers.Next(), "Fel AB", sni: "04100"), Ct);
        var unknownLocality = await planner.PostAsJsonAsync("/api/v1/companies", Company(OrganisationNumbers.Next(), "Fel AB", locality: "Borgafjäll"), Ct);

        var problems = new[] { badCheckDigit, personnummer, unknownSni, unknownLocality };
        var bodies = await Task.WhenAll(problems.Select(async p => (await p.Content.ReadFromJsonAsync<JsonObject>(Ct))!));
        Assert.All(problems, p => Assert.Equal(HttpStatusCode.BadRequest, p.StatusCode));
        Assert.Equal(
            ["company.organisation-number-invalid", "company.organisation-number-not-legal-entity", "company.sni-code-unknown", "company.locality-unknown"],
            bodies.Select(b => (string?)b["code"]));
        Assert.StartsWith("Organisationsnumret är ogiltigt", (string?)bodies[0]["title"], StringComparison.Ordinal);
        Assert.Equal(before, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task Changes_need_the_current_version_and_a_contact_with_a_bad_email_changes_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var created = await planner.PostAsJsonAsync("/api/v1/companies", Company(OrganisationNumbers.Next(), "Kontakt AB"), Ct);
        var url = $"/api/v1/companies/{(string?)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]}";
        var etag = created.Headers.ETag!.Tag;

        var added = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts", etag, new { name = "Karin Berg", role = "VD", phone = "0940-123 45", email = "karin@kontakt.se" });
        var before = await CompanyEventCountAsync();
        var badEmail = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/contacts", added.Headers.ETag!.Tag, new { name = "Per Berg", email = "per(at)kontakt.se" });
        var stale = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, etag, new { name = "Nytt namn AB", sniCodes = new[] { "47111" }, locality = "Vilhelmina", sizeClass = "1-4" });
        var missing = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, null, new { name = "Nytt namn AB", sniCodes = new[] { "47111" }, locality = "Vilhelmina", sizeClass = "1-4" });
        var read = (await planner.GetFromJsonAsync<JsonObject>(url, Ct))!;

        Assert.Equal((HttpStatusCode.OK, "\"2\""), (added.StatusCode, added.Headers.ETag?.Tag));
        Assert.Equal((HttpStatusCode.BadRequest, "company.contact-email-invalid"), (badEmail.StatusCode, await CodeAsync(badEmail)));
        Assert.Equal((HttpStatusCode.PreconditionFailed, "company.version-stale"), (stale.StatusCode, await CodeAsync(stale)));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "company.version-required"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.Equal(("Kontakt AB", "Karin Berg", 2), ((string?)read["name"], (string?)read["contacts"]![0]!["name"], (int?)read["version"]));
        Assert.Equal(before, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task The_list_filters_by_name_sni_section_and_locality_and_pages()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var (name, sni, locality) in new[] { ($"Bageri {tag} A", "10710", "Vilhelmina"), ($"Bageri {tag} B", "10710", "Saxnäs"), ($"Hotell {tag}", "55101", "Saxnäs") })
        {
            Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/v1/companies", Company(OrganisationNumbers.Next(), name, sni, locality), Ct)).StatusCode);
        }

        var byName = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/companies?search={tag}&pageSize=2", Ct))!;
        var manufacturingInSaxnas = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/companies?search={tag}&section=C&locality=Saxnäs", Ct))!;
        var badPage = await planner.GetAsync("/api/v1/companies?page=0", Ct);

        Assert.Equal((3, 2), ((int?)byName["total"], byName["items"]!.AsArray().Count));
        Assert.Equal([$"Bageri {tag} B"], manufacturingInSaxnas["items"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal((HttpStatusCode.BadRequest, "company.paging-invalid"), (badPage.StatusCode, await CodeAsync(badPage)));
    }

    [Fact]
    public async Task A_csv_file_with_contact_persons_is_imported_and_exported_back_with_the_same_rows()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var rows = new[]
        {
            $"{OrganisationNumbers.Next()};Snickeri {tag};nej;16230;Dikanäs;1-4;Karin Berg;VD;0940-123 45;karin@snickeri.se",
            $"{OrganisationNumbers.Next()};\"Fiske; jakt {tag}\";nej;03120,93199;Klimpfjäll;0;;;;",
        };

        var imported = await PostCsvAsync(planner, Header + "\r\n" + string.Join("\r\n", rows) + "\r\n");
        var export = await planner.GetAsync($"/api/v1/companies/export.csv?search={tag}", Ct);
        var exported = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync(Ct));
        var snickeri = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/companies?search=Snickeri {tag}", Ct))!["items"]![0]!["id"];
        var contact = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/companies/{snickeri}", Ct))!["contacts"]![0]!;

        Assert.Equal((HttpStatusCode.OK, 2), (imported.StatusCode, (int?)(await imported.Content.ReadFromJsonAsync<JsonObject>(Ct))!["imported"]));
        Assert.Equal(("Karin Berg", "VD", "0940-123 45"), ((string?)contact["name"], (string?)contact["role"], (string?)contact["phone"]));
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFF" + Header + "\r\n", exported, StringComparison.Ordinal);
        Assert.Equal(rows.Order(StringComparer.Ordinal), exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_file_without_the_contact_columns_still_imports_and_a_bad_contact_names_its_line_and_imports_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var withoutContacts = await PostCsvAsync(planner, $"organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass\n{OrganisationNumbers.Next()};Gammal fil AB;nej;47111;Vilhelmina;1-4\n");
        var before = await CompanyEventCountAsync();

        var badContacts = await PostCsvAsync(planner, $"""
            {Header}
            {OrganisationNumbers.Next()};Bra AB;nej;47111;Vilhelmina;5-9;Karin Berg;;;karin@bra.se
            {OrganisationNumbers.Next()};E-post AB;nej;47111;Vilhelmina;5-9;Per Berg;;;per(at)epost.se
            {OrganisationNumbers.Next()};Telefon AB;nej;47111;Vilhelmina;5-9;Eva Berg;;ring mig;
            {OrganisationNumbers.Next()};Namnlös AB;nej;47111;Vilhelmina;5-9;;VD;;
            """);
        var problem = (await badContacts.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, withoutContacts.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "company.import-invalid"), (badContacts.StatusCode, (string?)problem["code"]));
        Assert.Equal(
            [(3, "company.contact-email-invalid"), (4, "company.contact-phone-invalid"), (5, "company.contact-name-invalid")],
            problem["errors"]!.AsArray().Select(e => ((int)e!["line"]!, (string)e["code"]!)));
        Assert.Equal(before, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task The_list_filters_by_size_class_and_refuses_an_unknown_one()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var tag = Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/v1/companies", Company(OrganisationNumbers.Next(), $"Liten {tag}"), Ct)).StatusCode);
        var large = new { organisationNumber = OrganisationNumbers.Next(), name = $"Stor {tag}", sniCodes = new[] { "55101" }, locality = "Vilhelmina", sizeClass = "50-249" };
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/v1/companies", large, Ct)).StatusCode);

        var bySize = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/companies?search={tag}&sizeClass=50-249", Ct))!;
        var exported = await planner.GetStringAsync($"/api/v1/companies/export.csv?search={tag}&sizeClass=50-249", Ct);
        var unknown = await planner.GetAsync($"/api/v1/companies?sizeClass=tusen", Ct);

        Assert.Equal([$"Stor {tag}"], bySize["items"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal(2, exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal((HttpStatusCode.BadRequest, "company.size-class-invalid"), (unknown.StatusCode, await CodeAsync(unknown)));
    }

    [Fact]
    public async Task The_xlsx_export_holds_the_same_columns_as_text_cells()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var number = OrganisationNumbers.Next();
        var name = $"Kalkyl {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/v1/companies", Company(number, name, sni: "01110"), Ct)).StatusCode);

        var export = await planner.GetAsync($"/api/v1/companies/export.xlsx?search={name}", Ct);
        using var workbook = new ZipArchive(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)));
        using var sheet = new StreamReader(workbook.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).Open());
        var texts = XDocument.Parse(await sheet.ReadToEndAsync(Ct)).Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value).ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["organisationsnummer", "namn", "enskild_naringsidkare", "sni", "ort", "storleksklass", "kontaktperson", "kontaktroll", "kontakttelefon", "kontaktepost",
             number, name, "nej", "01110", "Kittelfjäll", "5-9", "", "", "", ""],
            texts);
    }

    [Fact]
    public async Task A_csv_file_with_one_bad_row_names_its_line_and_imports_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var taken = OrganisationNumbers.Next();
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/v1/companies", Company(taken, "Redan registrerad AB"), Ct)).StatusCode);
        var before = await CompanyEventCountAsync();

        var badSni = await PostCsvAsync(planner, $"""
            organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass
            {OrganisationNumbers.Next()};Bra AB;nej;47111;Vilhelmina;5-9

            {OrganisationNumbers.Next()};Också bra AB;nej;47111;Stalon;1-4
            {OrganisationNumbers.Next()};Dålig SNI AB;nej;04100;Vilhelmina;1-4
            """);
        var twice = OrganisationNumbers.Next();
        var duplicates = await PostCsvAsync(
            planner, $"organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass\n{taken};Igen AB;nej;47111;Vilhelmina;1-4\n{twice};Ett AB;nej;47111;Vilhelmina;1-4\n{twice};Två AB;nej;47111;Vilhelmina;1-4\n");
        var problem = (await badSni.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var error = problem["errors"]!.AsArray().Single()!;

        Assert.Equal((HttpStatusCode.BadRequest, "company.import-invalid"), (badSni.StatusCode, (string?)problem["code"]));
        Assert.Equal((5, "company.sni-code-unknown"), ((int?)error["line"], (string?)error["code"]));
        Assert.Contains("Rad 5", (string?)problem["title"], StringComparison.Ordinal);
        Assert.Equal(
            [(2, "company.organisation-number-taken"), (4, "company.organisation-number-taken")],
            (await duplicates.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsArray().Select(e => ((int)e!["line"]!, (string)e["code"]!)));
        Assert.Equal(HttpStatusCode.BadRequest, duplicates.StatusCode);
        Assert.Equal(before, await CompanyEventCountAsync());
    }

    [Fact]
    public async Task A_read_key_may_list_but_not_register_or_import()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/companies", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/v1/companies", Company(OrganisationNumbers.Next(), "Läsare AB"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(reader, "organisationsnummer\n")).StatusCode);
    }

    private const string Header = "organisationsnummer;namn;enskild_naringsidkare;sni;ort;storleksklass;kontaktperson;kontaktroll;kontakttelefon;kontaktepost";

    private static object Company(string number, string name, string sni = "55101", string locality = "Kittelfjäll") =>
        new { organisationNumber = number, name, sniCodes = new[] { sni }, locality, sizeClass = "5-9" };

    private static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string csv) =>
        await client.PostAsync("/api/v1/companies/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];

    private async Task<int> CompanyEventCountAsync() =>
        (await EventRows.ReadAllAsync(app.ConnectionString)).Count(e => e.Type.StartsWith("company_", StringComparison.Ordinal) || e.Type.StartsWith("contact_person_", StringComparison.Ordinal));
}
