using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.Host.DemoData;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Benchmarks;

/// <summary>
/// The real Host on its own database: the seed plan imported at start, then Vilhelmina filled by the demo-data
/// generator with <c>companies</c> companies, and an API key to read the evaluation with.
/// </summary>
internal sealed class DemoMunicipality : IAsyncDisposable
{
    private const string Actor = "system:benchmarks";

    /// <summary>
    /// The refresher is internal to Evaluation, and the architecture tests let only the Host and Evaluation's own tests
    /// see those internals; so the benchmark takes it from the app's services by name, as the subscription would.
    /// </summary>
    private static readonly Type RefresherType = Type.GetType(
        "Naringslivsplattform.Evaluation.Evaluations.EvaluationRefresher, Naringslivsplattform.Evaluation", throwOnError: true)!;

    private static readonly MethodInfo RefreshAll = RefresherType.GetMethod("RefreshAllAsync")
        ?? throw new InvalidOperationException("EvaluationRefresher.RefreshAllAsync is gone: update the benchmark.");

    private readonly PlatformApp _app;

    /// <summary>A client with a read key of the municipality.</summary>
    private readonly HttpClient _reader;

    private DemoMunicipality(PlatformApp app, HttpClient reader)
    {
        _app = app;
        _reader = reader;
    }

    public static async Task<DemoMunicipality> FillAsync(PostgresServer server, int companies)
    {
        var filling = Stopwatch.StartNew();
        var connectionString = await server.CreateDatabaseAsync($"bench-{companies}");
        var app = new PlatformApp(
            connectionString,
            settings: new Dictionary<string, string> { ["RateLimiting:ApiRequestsPerMinute"] = int.MaxValue.ToString(CultureInfo.InvariantCulture) });
        var report = await new DemoDataGenerator(app.Services.GetRequiredService<IServiceScopeFactory>())
            .GenerateAsync(new DemoDataRequest(Municipality.VilhelminaCode, Companies: companies));
        if (report.Error is not null)
        {
            throw new InvalidOperationException($"No demo data: {report.Error}");
        }

        var (key, error) = await app.Services.GetRequiredService<AccessProvisioning>()
            .IssueApiKeyAsync(Municipality.VilhelminaCode, $"benchmarks-{companies}", "read", Actor);
        var reader = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key ?? throw new InvalidOperationException($"No key: {error}"));

        // The daemon refreshes the evaluations after every page of the demo data's events: let it finish, so that it
        // does not run beside the measurements.
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
        var events = await store.Advanced.FetchEventStoreStatistics();
        Console.WriteLine(
            $"// Vilhelmina with {report.Count(DemoCounts.Companies)} companies, {report.Count(DemoCounts.Visits)} visits, {report.Count(DemoCounts.FollowUps)} follow-ups, "
            + $"{report.Count(DemoCounts.PlanActions)} plan actions: {events.EventCount} events in {events.StreamCount} streams, filled in {filling.Elapsed.TotalSeconds:F0} s");
        return new DemoMunicipality(app, reader);
    }

    /// <summary>What the <c>evaluation-refresh</c> subscription does for a municipality on each page of its events.</summary>
    /// <returns>The number of evaluations stored.</returns>
    public async Task<int> RefreshAllAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(Municipality.VilhelminaCode);
        var refresher = scope.ServiceProvider.GetRequiredService(RefresherType);
        var stored = (Task<IReadOnlyList<string>>)RefreshAll.Invoke(refresher, [CancellationToken.None])!;
        return (await stored).Count;
    }

    /// <summary>The body of a GET; a refusal ends the run with its problem details rather than timing them.</summary>
    public async Task<byte[]> GetAsync(string url)
    {
        using var response = await _reader.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode
            ? body
            : throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _app.DisposeAsync();
    }
}
