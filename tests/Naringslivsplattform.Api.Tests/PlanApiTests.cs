using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// One Host with Vilhelmina's seed and a second, fictional municipality's plan beside it, and a read
/// key for each of them and for a third municipality without plans. The key decides the municipality.
/// </summary>
public sealed class TwoMunicipalitiesApp(DatabaseFixture database) : IAsyncLifetime
{
    public const string Vilhelmina = "2462";
    public const string Dorotea = "2425";

    /// <summary>Stockholm: a municipality with a key but no plan.</summary>
    public const string WithoutPlans = "0180";

    private readonly Dictionary<string, string> _readKeys = [];

    public PlatformApp App { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await database.Server.CreateDatabaseAsync("api");
        var seeds = SeedFolders.CopyOfRepositorySeeds();
        SeedFolders.AddDorotea(seeds);
        App = new PlatformApp(ConnectionString, seeds);
        foreach (var municipality in (string[])[Vilhelmina, Dorotea, WithoutPlans])
        {
            _readKeys[municipality] = await App.IssueKeyAsync(municipality);
        }
    }

    /// <summary>A client with the municipality's read key that also names the municipality in the header.</summary>
    public HttpClient ClientFor(string municipalityCode) => ClientFor(municipalityCode, header: municipalityCode);

    /// <summary>A client with <paramref name="keyOf"/>'s read key, naming <paramref name="header"/> (or nothing) in the header.</summary>
    public HttpClient ClientFor(string keyOf, string? header)
    {
        var client = App.WithApiKey(_readKeys[keyOf]);
        if (header is not null)
        {
            client.DefaultRequestHeaders.Add("X-Municipality-Code", header);
        }

        return client;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class PlanApiTests(TwoMunicipalitiesApp app) : IClassFixture<TwoMunicipalitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_activity_of_the_document_is_served_with_its_code_title_and_points()
    {
        var document = PlanDocument.Vilhelmina();
        var plan = await VilhelminaPlanAsync();
        var activities = plan["activities"]!.AsArray();

        Assert.Equal(document.Activities.Select(a => a.Code), activities.Select(a => (string)a!["code"]!));
        foreach (var expected in document.Activities)
        {
            var served = await app.ClientFor(TwoMunicipalitiesApp.Vilhelmina)
                .GetFromJsonAsync<JsonObject>($"/api/v1/plans/{plan["id"]}/activities/{expected.Code}", Ct);
            var timeframe = (string)served!["timeframe"]!["asWritten"]!;
            var points = served["points"]!.AsArray().Select(p => (string)p!["text"]!).ToList();

            Assert.Equal(expected.Title, (string)served["title"]!);
            Assert.Equal(expected.Bullets.Where(b => b != timeframe), points);
            Assert.Contains(timeframe, string.Join('\n', expected.Bullets.Prepend(expected.Title)), StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(served["servesMeasures"]!.AsArray());
        }
    }

    [Fact]
    public async Task The_plan_has_the_documents_eight_measures_and_three_categories_and_the_targets_it_states()
    {
        var document = PlanDocument.Vilhelmina();

        var plan = await VilhelminaPlanAsync();

        Assert.Equal(document.Measures, plan["measures"]!.AsArray().Select(m => ((int)m!["number"]!, (string)m["text"]!)));
        Assert.Equal(document.Categories, plan["categories"]!.AsArray().Select(c => ((int)c!["number"]!, (string)c["title"]!)));
        Assert.Equal((2023, 2024), ((int)plan["periodFrom"]!, (int)plan["periodTo"]!));
        Assert.Equal((2021, 2024), ((int)plan["strategy"]!["periodFrom"]!, (int)plan["strategy"]!["periodTo"]!));
        var council = plan["activities"]!.AsArray().Single(a => (string)a!["code"]! == "1.1")!["targets"]!.AsArray().Single()!;
        Assert.Equal(("count", 4, "BusinessCouncilMeeting"), ((string)council["kind"]!, (int)council["minimumPerYear"]!, (string)council["actionKind"]!));
        Assert.Equal(["Kittelfjäll", "Saxnäs", "Klimpfjäll", "Företagarna"], plan["clusters"]!.AsArray().Select(c => (string)c!["name"]!));
    }

    [Fact]
    public async Task Each_municipalitys_key_sees_only_its_own_plan()
    {
        var vilhelmina = await ListAsync(TwoMunicipalitiesApp.Vilhelmina);
        var dorotea = await ListAsync(TwoMunicipalitiesApp.Dorotea);

        var vilhelminaPlan = Assert.Single(vilhelmina)!;
        var doroteaPlan = Assert.Single(dorotea)!;
        Assert.Equal("processplan-2023-2024", (string)vilhelminaPlan["planKey"]!);
        Assert.Equal(SeedFolders.DoroteaTitle, (string)doroteaPlan["title"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(TwoMunicipalitiesApp.Dorotea).GetAsync($"/api/v1/plans/{vilhelminaPlan["id"]}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor(TwoMunicipalitiesApp.Vilhelmina).GetAsync($"/api/v1/plans/{doroteaPlan["id"]}", Ct)).StatusCode);
        Assert.Empty(await ListAsync(TwoMunicipalitiesApp.WithoutPlans));
    }

    [Theory]
    [InlineData(TwoMunicipalitiesApp.Vilhelmina, TwoMunicipalitiesApp.Dorotea)]
    [InlineData(TwoMunicipalitiesApp.Dorotea, TwoMunicipalitiesApp.Vilhelmina)]
    [InlineData(TwoMunicipalitiesApp.WithoutPlans, TwoMunicipalitiesApp.Vilhelmina)]
    public async Task A_key_naming_another_municipality_in_the_header_is_403_and_sees_none_of_its_plans(string keyOf, string header)
    {
        var otherPlan = (string)(await ListAsync(header)).Single()!["id"]!;
        var client = app.ClientFor(keyOf, header);

        foreach (var url in (string[])["/api/v1/plans", $"/api/v1/plans/{otherPlan}", $"/api/v1/plans/{otherPlan}/activities/1.1"])
        {
            var response = await client.GetAsync(url, Ct);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
            Assert.Equal("municipality.forbidden", (string)problem!["code"]!);
            Assert.Equal("Du har inte behörighet till den kommunen.", (string)problem["title"]!);
            Assert.DoesNotContain(otherPlan, problem.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(TwoMunicipalitiesApp.Vilhelmina)]
    [InlineData(TwoMunicipalitiesApp.Dorotea)]
    public async Task A_request_without_municipality_header_is_served_for_the_keys_municipality(string municipality)
    {
        var plans = await app.ClientFor(municipality, header: null).GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct);

        Assert.Equal(municipality, (string)Assert.Single(plans!)!["municipalityCode"]!);
    }

    [Fact]
    public async Task An_unknown_plan_is_404_with_a_stable_code_and_a_swedish_message()
    {
        var problem = await ProblemAsync($"/api/v1/plans/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        Assert.Equal("plan.not-found", (string)problem["code"]!);
        Assert.Equal("Processplanen hittades inte.", (string)problem["title"]!);
    }

    [Theory]
    [InlineData("9.9")]
    [InlineData("1.6")]
    [InlineData("abc")]
    public async Task An_unknown_activity_code_is_404_with_a_swedish_message(string code)
    {
        var plan = await VilhelminaPlanAsync();

        var problem = await ProblemAsync($"/api/v1/plans/{plan["id"]}/activities/{code}", HttpStatusCode.NotFound);

        Assert.Equal("activity.not-found", (string)problem["code"]!);
        Assert.Equal($"Aktiviteten {code} finns inte i processplanen.", (string)problem["title"]!);
    }

    [Fact]
    public async Task An_unknown_route_is_404_problem_details_in_swedish()
    {
        var problem = await ProblemAsync("/api/v1/finns-inte", HttpStatusCode.NotFound);

        Assert.Equal("resource.not-found", (string)problem["code"]!);
        Assert.Equal("Det du sökte finns inte.", (string)problem["title"]!);
    }

    [Fact]
    public async Task A_malformed_municipality_code_is_400_and_names_the_rule_in_swedish()
    {
        var problem = await ProblemAsync("/api/v1/plans", HttpStatusCode.BadRequest, municipality: "24x2");

        Assert.Equal("municipality.invalid-code", (string)problem["code"]!);
        Assert.Contains("fyra siffror", (string)problem["title"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_import_is_recorded_with_user_and_correlation_on_every_event()
    {
        // The fixture's read keys are the only other events; they are recorded as issued by the tests.
        var all = await EventRows.ReadAllAsync(app.ConnectionString);
        var events = all.Where(e => e.Type != "api_key_issued").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("system:seed-import", e.UserName));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.CorrelationId)));
        Assert.Equal([TwoMunicipalitiesApp.Dorotea, TwoMunicipalitiesApp.Vilhelmina], events.Select(e => e.TenantId).Distinct().Order());
        Assert.All(all.Except(events), e => Assert.Equal(Callers.Provisioner, e.UserName));
    }

    [Fact]
    public async Task The_health_endpoint_checks_the_database()
    {
        var response = await app.App.CreateClient().GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_plan_endpoints_and_scalar_serves_it()
    {
        var client = app.App.CreateClient();

        var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct);
        var docs = await client.GetAsync("/api/docs/", Ct);

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/plans", paths);
        Assert.Contains("/api/v1/plans/{planId}", paths);
        Assert.Contains("/api/v1/plans/{planId}/activities/{code}", paths);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("scalar", await docs.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<JsonObject> VilhelminaPlanAsync()
    {
        var client = app.ClientFor(TwoMunicipalitiesApp.Vilhelmina);
        var id = (string)(await ListAsync(TwoMunicipalitiesApp.Vilhelmina)).Single()!["id"]!;
        return (await client.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{id}", Ct))!;
    }

    private async Task<JsonArray> ListAsync(string municipality) =>
        (await app.ClientFor(municipality).GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))!;

    /// <summary>Asks with Vilhelmina's key, naming <paramref name="municipality"/> in the header.</summary>
    private async Task<JsonObject> ProblemAsync(string url, HttpStatusCode expected, string municipality = TwoMunicipalitiesApp.Vilhelmina)
    {
        var response = await app.ClientFor(TwoMunicipalitiesApp.Vilhelmina, header: municipality).GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }
}
