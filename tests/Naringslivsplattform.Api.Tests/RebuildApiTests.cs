using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;
using Npgsql;
using static Naringslivsplattform.Api.Tests.PlannerWrites;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Rebuilding the read models by replaying the events (docs/rebuild.md): every read model's documents after
/// <c>./run rebuild</c> equal the live ones, and rebuilding one plan-year's evaluation touches that document only.
/// </summary>
public sealed class RebuildApiTests(DatabaseFixture database)
{
    /// <summary>Documents that are records of their own, not made from events: a rebuild must never touch them.</summary>
    private static readonly string[] NotReadModels =
        ["mt_doc_organisationnumberclaim", "mt_doc_schoolnameclaim", "mt_doc_claimsealkey", "mt_doc_apikeyusage"];

    /// <summary>Tables the scenario below writes to, so the comparison is known to cover documents of every kind of read model.</summary>
    private static readonly string[] WrittenHere =
    [
        "mt_doc_processplan", "mt_doc_planaction", "mt_doc_timelineentry", "mt_doc_company", "mt_doc_companyvisit", "mt_doc_followup",
        "mt_doc_microcluster", "mt_doc_companyties", "mt_doc_annualevaluation",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_read_model_wiped_and_rebuilt_by_the_rebuild_command_equals_the_live_one()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("rebuild-all", Ct);
        await using (var app = new PlatformApp(connectionString))
        {
            await WriteAYearOfWorkAsync(app);
        }

        var live = await ReadModelsAsync(connectionString);
        await QueryAsync(connectionString, string.Join(";", live.Keys.Select(table => $"delete from naringsliv.{table}")));
        var wiped = await ReadModelsAsync(connectionString);
        var (exitCode, output) = await RunCommandAsync(connectionString, "rebuild");
        var rebuilt = await ReadModelsAsync(connectionString);

        Assert.True(exitCode == 0, output);
        Assert.All(wiped.Values, rows => Assert.Empty(rows));
        Assert.All(WrittenHere, table => Assert.True(live.GetValueOrDefault(table)?.Count > 0, $"{table} should have documents before the rebuild."));
        var differences = Differences(live, rebuilt);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.Matches(@"\[1/\d+\] \w+ …", output);
        Assert.Matches(@"\[\d+/\d+\] Timeline klar", output);
        Assert.Contains("Företagens kopplingar (CompanyTies) klar", output, StringComparison.Ordinal);
        Assert.Contains("Årlig utvärdering för kommun 2462 klar", output, StringComparison.Ordinal);
        Assert.Matches(@"Klart: \d+ läsmodeller byggdes om\.", output);
    }

    [Fact]
    public async Task Rebuilding_one_plan_year_remakes_that_evaluation_only_and_a_year_without_a_plan_is_a_coded_problem()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("rebuild-year", Ct);
        await using var app = new PlatformApp(connectionString);
        var admin = (await app.SignedInAsync(Municipality.VilhelminaCode, PlatformRoles.Administrator)).Http;
        await CatchUpAsync(app);
        await QueryAsync(connectionString, "update naringsliv.mt_doc_annualevaluation set data = jsonb_set(data, '{planTitle}', '\"markerad\"')");

        var rebuilt = await admin.PostAsync("/api/v1/evaluations/2023/rebuild", null, Ct);
        var body = (await rebuilt.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var titles = await EvaluationTitlesAsync(connectionString);
        var noPlan = await admin.PostAsync("/api/v1/evaluations/2031/rebuild", null, Ct);
        var badYear = await admin.PostAsync("/api/v1/evaluations/1999/rebuild", null, Ct);

        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.Equal((2023, SwedishDay()), ((int)body["year"]!, (string?)body["day"]));
        Assert.NotEqual("markerad", titles[(string)body["id"]!]);
        Assert.Equal(["markerad"], titles.Where(t => t.Key != (string)body["id"]!).Select(t => t.Value));
        await AssertProblemAsync(noPlan, HttpStatusCode.NotFound, "evaluation.no-plan", "Det finns ingen processplan för år 2031.");
        await AssertProblemAsync(badYear, HttpStatusCode.BadRequest, "evaluation.year-invalid", "Året måste vara ett årtal mellan 2000 och 2100.");
    }

    /// <summary>Actions planned, held, cancelled and moved in both plan years; a company visited, its follow-up closed; the company in a cluster.</summary>
    private static async Task WriteAYearOfWorkAsync(PlatformApp app)
    {
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        await ActionAsync(planner, planId, ("1.1", "BusinessCouncilMeeting", "2023-03-10"), "complete", new { heldOn = "2023-03-09", outcomeSummary = "Genomfört" });
        await ActionAsync(planner, planId, ("1.4", "Workshop", "2023-05-16"), "cancel", new { reason = "För få anmälda" });
        await ActionAsync(planner, planId, ("3.1", "Training", "2024-02-01"), "reschedule", new { plannedFrom = "2024-03-01", reason = "Krock" });

        var company = await CreatedAsync(planner, "/api/v1/companies", new
        {
            organisationNumber = OrganisationNumbers.Next(), name = "Omspelade Fjällstugor AB", sniCodes = new[] { "55101" }, locality = "Saxnäs", sizeClass = "5-9",
        });
        var companyId = (string)company.Body["id"]!;
        var visit = await CreatedAsync(planner, "/api/v1/visits", new { companyId, plannedOn = "2023-10-03", visitors = new[] { new { name = "Anna Andersson", role = "Official" } } });
        await ChangeAsync(planner, $"/api/v1/visits/{visit.Body["id"]}/complete", visit.ETag, new { heldOn = "2023-10-04", notes = "Vill bygga ut." });
        var today = SwedishDay();
        var followUp = await CreatedAsync(planner, "/api/v1/follow-ups", new { companyId, need = "Behöver mark för nya stugor", category = "Premises", owner = "anna.handlaggare", dueOn = today });
        var feedback = await ChangeAsync(planner, $"/api/v1/follow-ups/{followUp.Body["id"]}/feedback", followUp.ETag, new { givenOn = today, note = "Ringde om detaljplanen" });
        await ChangeAsync(planner, $"/api/v1/follow-ups/{followUp.Body["id"]}/close", feedback, new { outcome = "Mark anvisad" });

        var clusterId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/clusters", Ct))!.Single(c => (string?)c!["name"] == "Saxnäs")!["id"]!;
        var cluster = await planner.GetAsync($"/api/v1/clusters/{clusterId}", Ct);
        await ChangeAsync(planner, $"/api/v1/clusters/{clusterId}/members", cluster.Headers.ETag!.Tag, new { companyId });

        await CompanyTiesReader.WaitForAsync(planner, companyId, ties => ties.Count == 1);
        await CatchUpAsync(app);
    }

    /// <summary>The evaluations follow the events in the async daemon: wait until it has seen every event.</summary>
    private static Task CatchUpAsync(PlatformApp app) =>
        app.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));

    private static string SwedishDay() => SwedishTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Every read model's table with its documents, by municipality and id, as JSON. Marten's metadata columns
    /// (last modified, version) say when a document was written, not what it says, and are left out. Documents are
    /// compared as stored, times included: a snapshot that copies an event's time must keep it as the store does, to the
    /// microsecond (an API key's issuedAt once differed in its 100 ns ticks).
    /// </summary>
    private static async Task<SortedDictionary<string, SortedDictionary<string, string>>> ReadModelsAsync(string connectionString)
    {
        var tables = await QueryAsync(connectionString,
            "select table_name from information_schema.columns where table_schema = 'naringsliv' and table_name like 'mt\\_doc\\_%' and column_name = 'tenant_id'");
        var models = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var table in tables.Select(t => t[0]).Except(NotReadModels))
        {
            var rows = await QueryAsync(connectionString, $"select tenant_id || '/' || id::text, data::text from naringsliv.{table}");
            models[table] = new(rows.ToDictionary(r => r[0], r => r[1]), StringComparer.Ordinal);
        }

        return models;
    }

    /// <summary>Each document that is missing, extra or different, named by table and id, so a failure says which.</summary>
    private static IReadOnlyList<string> Differences(
        SortedDictionary<string, SortedDictionary<string, string>> expected, SortedDictionary<string, SortedDictionary<string, string>> actual) =>
        [.. from table in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            let before = expected.GetValueOrDefault(table) ?? []
            let after = actual.GetValueOrDefault(table) ?? []
            from id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            where before.GetValueOrDefault(id) != after.GetValueOrDefault(id)
            select $"{table} {id}: {before.GetValueOrDefault(id) ?? "(saknas)"} ≠ {after.GetValueOrDefault(id) ?? "(saknas)"}"];

    private static async Task<Dictionary<string, string>> EvaluationTitlesAsync(string connectionString) =>
        (await QueryAsync(connectionString, "select id, data ->> 'planTitle' from naringsliv.mt_doc_annualevaluation")).ToDictionary(r => r[0], r => r[1]);

    /// <summary>Runs SQL on the test's database and returns the rows it selects, every column as text.</summary>
    private static async Task<IReadOnlyList<string[]>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string[]>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    /// <summary>
    /// Runs the Host's command line as <c>./run</c> does, on the test's database: from the Host's own build output, the
    /// same configuration as this test's (the copy beside the tests would also find the test assemblies when it scans for commands).
    /// </summary>
    private static async Task<(int ExitCode, string Output)> RunCommandAsync(string connectionString, params string[] arguments)
    {
        var testProject = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        var hostOutput = Path.Combine(testProject, "..", "..", "src", "Host", "Naringslivsplattform.Host", "bin", Path.GetRelativePath(Path.Combine(testProject, "bin"), AppContext.BaseDirectory));
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = hostOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ConnectionStrings__EventStore"] = connectionString,
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        startInfo.ArgumentList.Add(Path.Combine(hostOutput, "Naringslivsplattform.Host.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the Host.");
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, $"{await output}{await error}");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string title)
    {
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal((status, code, title), (response.StatusCode, (string?)problem["code"], (string?)problem["title"]));
    }
}
