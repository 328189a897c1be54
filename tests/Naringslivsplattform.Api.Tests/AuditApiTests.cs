using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;
using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// A Host of its own for the audit: its export limit set low (so a test need not append 50 001 events), and no other
/// test's writes in its database, so "reading changes nothing" counts only what the audit could have done.
/// </summary>
public sealed class AuditApp(DatabaseFixture database) : IAsyncLifetime
{
    public const string Vilhelmina = "2462";

    /// <summary>Another municipality, whose events a Vilhelmina auditor must never see.</summary>
    public const string Stockholm = "0180";

    public const int MaxExportEvents = 10;

    public PlatformApp App { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    /// <summary>A signed-in Revisor, the one caller every test reads the audit as.</summary>
    internal HttpClient Auditor { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await database.Server.CreateDatabaseAsync("audit");
        App = new PlatformApp(ConnectionString, settings: new Dictionary<string, string>
        {
            ["Audit:MaxExportEvents"] = $"{MaxExportEvents}",
            // Every sign-in here comes from the same test client address.
            ["RateLimiting:SignInAttemptsPerMinute"] = "1000",
        });
        Auditor = (await App.SignedInAsync(Vilhelmina, PlatformRoles.Auditor)).Http;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The audit trail over the API: the log with its filters and paging, its CSV export, any stream's history, and who may read it.</summary>
public sealed class AuditApiTests(AuditApp app) : IClassFixture<AuditApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_log_filters_by_user_module_event_type_and_period_newest_first_and_pages()
    {
        var (userName, actionId, companyId) = await ActAsync();
        var auditor = app.Auditor;
        var today = SwedishTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = SwedishTime.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var byUser = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}");
        var plan = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&module=processplan");
        var companies = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&module=Companies");
        var planned = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&eventType=action_planned");
        var plannedButCompanies = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&eventType=action_planned&module=Companies");
        var todayOnly = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&from={today}&to={today}");
        var untilYesterday = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&to={yesterday}");
        var secondPage = await LogAsync(auditor, $"user={Uri.EscapeDataString(userName)}&page=2&pageSize=2");

        Assert.Equal(3, (int)byUser["totalCount"]!);
        Assert.Equal(["company_registered", "action_rescheduled", "action_planned"], Items(byUser).Select(e => (string?)e["eventType"]));
        Assert.Equal([companyId, actionId, actionId], Items(byUser).Select(e => (string?)e["streamId"]));
        Assert.Equal(["Companies", "ProcessPlan", "ProcessPlan"], Items(byUser).Select(e => (string?)e["module"]));
        Assert.Equal("Åtgärden flyttades till 2024-04-02: Krockar med kommunfullmäktige", (string?)Items(byUser)[1]["description"]);
        Assert.All(Items(byUser), e => Assert.Equal(userName, (string?)e["userName"]));
        Assert.All(Items(byUser), e => Assert.False(string.IsNullOrWhiteSpace((string?)e["correlationId"])));
        Assert.Equal(["action_rescheduled", "action_planned"], Items(plan).Select(e => (string?)e["eventType"]));
        Assert.Equal(["company_registered"], Items(companies).Select(e => (string?)e["eventType"]));
        Assert.Equal([("action_planned", 1L)], Items(planned).Select(e => ((string?)e["eventType"], (long)e["version"]!)));
        Assert.Equal(0, (int)plannedButCompanies["totalCount"]!);
        Assert.Equal(3, (int)todayOnly["totalCount"]!);
        Assert.Equal(0, (int)untilYesterday["totalCount"]!);
        Assert.Equal((3, 2, 2), ((int)secondPage["totalCount"]!, (int)secondPage["page"]!, (int)secondPage["pageSize"]!));
        Assert.Equal(["action_planned"], Items(secondPage).Select(e => (string?)e["eventType"]));
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_bom_semicolons_and_swedish_headers_and_one_over_the_limit_is_refused_in_swedish()
    {
        var (userName, actionId, _) = await ActAsync();
        var auditor = app.Auditor;

        var export = await auditor.GetAsync($"/api/v1/audit/events.csv?user={Uri.EscapeDataString(userName)}&module=ProcessPlan", Ct);
        var tooLarge = await auditor.GetAsync("/api/v1/audit/events.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Sekvens;Ström-id;Version;Händelsetyp;Modul;Beskrivning;Tidpunkt;Användare;Korrelations-id;Orsaks-id", lines[0]);
        Assert.Equal(3, lines.Length);
        var rescheduled = lines[1].Split(';');
        Assert.Equal((actionId, "2", "action_rescheduled", "Processplan", "Åtgärden flyttades till 2024-04-02: Krockar med kommunfullmäktige", userName),
            (rescheduled[1], rescheduled[2], rescheduled[3], rescheduled[4], rescheduled[5], rescheduled[7]));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", rescheduled[6]);
        var problem = await ProblemAsync(tooLarge, HttpStatusCode.BadRequest, "audit.export-too-large");
        Assert.Matches($@"^Filtret träffar \d+ händelser, men en export får innehålla högst {AuditApp.MaxExportEvents}\. Snäva in filtret", (string?)problem["title"]);
    }

    [Fact]
    public async Task Any_streams_full_history_names_its_module_and_an_unknown_or_another_municipalitys_stream_is_404_in_swedish()
    {
        var (userName, actionId, _) = await ActAsync();
        var auditor = app.Auditor;
        var accountId = await app.App.CreateAccountAsync(AuditApp.Vilhelmina, $"a{Guid.NewGuid():N}"[..16], PlatformRoles.Reader);
        var elsewhere = await app.App.CreateAccountAsync(AuditApp.Stockholm, $"a{Guid.NewGuid():N}"[..16], PlatformRoles.Reader);

        var action = (await auditor.GetFromJsonAsync<JsonObject>($"/api/v1/audit/streams/{actionId}", Ct))!;
        var account = (await auditor.GetFromJsonAsync<JsonObject>($"/api/v1/audit/streams/{accountId}", Ct))!;
        var filters = (await auditor.GetFromJsonAsync<JsonObject>("/api/v1/audit/filters", Ct))!;
        var unknown = await auditor.GetAsync($"/api/v1/audit/streams/{Guid.NewGuid()}", Ct);
        var otherMunicipality = await auditor.GetAsync($"/api/v1/audit/streams/{elsewhere}", Ct);
        var accessLog = await LogAsync(auditor, "module=Access&pageSize=200");

        Assert.Equal(("PlanAction", "ProcessPlan", 2), ((string?)action["aggregateType"], (string?)action["module"], (int)action["version"]!));
        var events = action["events"]!.AsArray();
        Assert.Equal(["action_planned", "action_rescheduled"], events.Select(e => (string?)e!["eventType"]));
        Assert.Equal("Krockar med kommunfullmäktige", (string?)events[1]!["data"]!["reason"]);
        Assert.All(events, e => Assert.Equal(userName, (string?)e!["userName"]));
        Assert.Equal(("Access", "***"), ((string?)account["module"], (string?)account["events"]![0]!["data"]!["passwordHash"]));
        Assert.Contains(userName, filters["users"]!.AsArray().Select(u => (string?)u));
        Assert.Contains(filters["modules"]!.AsArray(), m => (string?)m!["name"] == "Companies" && (string?)m["title"] == "Företag");
        Assert.Contains(filters["eventTypes"]!.AsArray(), t => (string?)t!["name"] == "action_rescheduled" && (string?)t["module"] == "ProcessPlan");
        var problem = await ProblemAsync(unknown, HttpStatusCode.NotFound, "audit.unknown-stream");
        Assert.Equal("Det finns ingen ström med det id:t i kommunens händelselager.", (string?)problem["title"]);
        await ProblemAsync(otherMunicipality, HttpStatusCode.NotFound, "audit.unknown-stream");
        Assert.Contains(accountId.ToString(), Items(accessLog).Select(e => (string?)e["streamId"]));
        Assert.DoesNotContain(elsewhere.ToString(), Items(accessLog).Select(e => (string?)e["streamId"]));
    }

    [Theory]
    [InlineData("module=Fakturor", "audit.unknown-module", "Modulen ”Fakturor” finns inte.")]
    [InlineData("eventType=invoice_sent", "audit.unknown-event-type", "Händelsetypen ”invoice_sent” finns inte")]
    [InlineData("from=2024-02-30", "audit.date-invalid", "Datumet ”2024-02-30” ska skrivas ÅÅÅÅ-MM-DD")]
    [InlineData("to=1999-12-31", "audit.date-invalid", "Datumet ”1999-12-31” ska skrivas ÅÅÅÅ-MM-DD och ligga mellan 2000-01-01")]
    [InlineData("from=2024-05-02&to=2024-05-01", "audit.period-backwards", "Från-datumet kan inte vara efter till-datumet.")]
    [InlineData("page=0", "audit.page-invalid", "Sidnumret ska vara ett heltal från 1")]
    [InlineData("pageSize=201", "audit.page-size-invalid", "Sidstorleken ska vara ett heltal från 1 till 200.")]
    public async Task A_bad_parameter_gets_coded_problem_details_in_swedish_from_the_log_and_the_export(string query, string code, string title)
    {
        var auditor = app.Auditor;

        var log = await ProblemAsync(await auditor.GetAsync($"/api/v1/audit/events?{query}", Ct), HttpStatusCode.BadRequest, code);

        Assert.StartsWith(title, (string?)log["title"], StringComparison.Ordinal);
        if (!query.StartsWith("page", StringComparison.Ordinal))
        {
            await ProblemAsync(await auditor.GetAsync($"/api/v1/audit/events.csv?{query}", Ct), HttpStatusCode.BadRequest, code);
        }
    }

    [Fact]
    public async Task Readers_and_planners_are_refused_the_audit_with_403()
    {
        var reader = await app.App.ClientWithNewKeyAsync(AuditApp.Vilhelmina);
        var planner = await (await app.App.SignedInAsync(AuditApp.Vilhelmina, PlatformRoles.Planner)).Http.GetAsync("/api/v1/audit/events", Ct);

        await ProblemAsync(await reader.GetAsync("/api/v1/audit/events", Ct), HttpStatusCode.Forbidden, "auth.forbidden");
        await ProblemAsync(planner, HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Reading_the_audit_appends_no_event_and_changes_no_document()
    {
        var (userName, actionId, _) = await ActAsync();
        var auditor = app.Auditor;
        // Subscriptions (the evaluation's, the relays) may still be catching up on what ActAsync appended.
        await app.App.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(1));
        var before = await ContentsAsync();

        foreach (var url in new[]
                 {
                     "/api/v1/audit/events", $"/api/v1/audit/events?user={Uri.EscapeDataString(userName)}&page=1&pageSize=1",
                     $"/api/v1/audit/events.csv?user={Uri.EscapeDataString(userName)}", "/api/v1/audit/events.csv", $"/api/v1/audit/streams/{actionId}",
                     $"/api/v1/audit/streams/{Guid.NewGuid()}", "/api/v1/audit/filters", "/api/v1/audit/events?module=Fakturor",
                 })
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, (await auditor.GetAsync(url, Ct)).StatusCode);
        }

        Assert.Equal(before, await ContentsAsync());
        Assert.Contains(before, c => c.Key.StartsWith("naringsliv.mt_doc_", StringComparison.Ordinal) && !c.Value.StartsWith("0 ", StringComparison.Ordinal));
    }

    /// <summary>A planner's key plans an action, reschedules it and registers a company: three events by one user.</summary>
    /// <returns>The key's user name, the action's id and the company's id.</returns>
    private async Task<(string UserName, string ActionId, string CompanyId)> ActAsync()
    {
        var keyName = $"granskning-{Guid.NewGuid():N}";
        var (key, error) = await app.App.Services.GetRequiredService<AccessProvisioning>()
            .IssueApiKeyAsync(AuditApp.Vilhelmina, keyName, "read-write", Callers.Provisioner, Ct);
        var planner = app.App.WithApiKey(key ?? throw new InvalidOperationException(error));
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = "1.1", kind = "BusinessCouncilMeeting", title = "Näringslivsråd i Dikanäs", plannedFrom = "2024-03-12", responsibleOfficial = "Anna Andersson",
        }, Ct);
        var actionId = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        var rescheduled = await planner.SendWithIfMatchAsync(
            HttpMethod.Post, $"/api/v1/actions/{actionId}/reschedule", planned.Headers.ETag!.Tag, new { plannedFrom = "2024-04-02", reason = "Krockar med kommunfullmäktige" });
        Assert.Equal(HttpStatusCode.OK, rescheduled.StatusCode);
        var company = await planner.PostAsJsonAsync(
            "/api/v1/companies", new { organisationNumber = OrganisationNumbers.Next(), name = $"Granskning {Guid.NewGuid():N}", sniCodes = new[] { "55101" }, locality = "Dikanäs", sizeClass = "1-4" }, Ct);
        Assert.Equal(HttpStatusCode.Created, company.StatusCode);
        return ($"api-nyckel:{keyName}", actionId, (string)(await company.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
    }

    private static async Task<JsonObject> LogAsync(HttpClient auditor, string query) =>
        (await auditor.GetFromJsonAsync<JsonObject>($"/api/v1/audit/events?{query}", Ct))!;

    private static List<JsonObject> Items(JsonObject page) => [.. page["items"]!.AsArray().Select(e => e!.AsObject())];

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal((status, code), (response.StatusCode, (string?)problem["code"]));
        return problem;
    }

    /// <summary>What the event tables and every document table hold, as a row count and a digest of the rows, by table.</summary>
    private async Task<Dictionary<string, string>> ContentsAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        var tables = new List<string> { "naringsliv_events.mt_events", "naringsliv_events.mt_streams" };
        await using (var list = new NpgsqlCommand(
                         "select table_schema || '.' || table_name from information_schema.tables where table_name like 'mt\\_doc\\_%' order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var contents = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand(
                $"select count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from {table} t", connection);
            contents[table] = (string)(await digest.ExecuteScalarAsync(Ct))!;
        }

        return contents;
    }
}
