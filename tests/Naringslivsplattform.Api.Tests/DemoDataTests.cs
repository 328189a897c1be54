using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Host.DemoData;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The demo data command's generator fills an empty municipality through the modules' commands, once.</summary>
public sealed class DemoDataTests(DatabaseFixture database)
{
    private const int Companies = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_data_fills_an_empty_municipality_with_valid_companies_visits_over_two_years_and_council_meetings()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("demo-data", Ct);
        await using var app = new PlatformApp(connectionString);
        var generator = new DemoDataGenerator(app.Services.GetRequiredService<IServiceScopeFactory>());
        var seeded = (await EventRows.ReadAllAsync(connectionString)).Count;

        var report = await generator.GenerateAsync(new DemoDataRequest(Municipality.VilhelminaCode, Companies: Companies), Ct);
        var appended = (await EventRows.ReadAllAsync(connectionString)).Skip(seeded).ToList();

        var reader = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode);
        var companies = (await reader.GetFromJsonAsync<JsonObject>("/api/v1/companies?page=1&pageSize=100", Ct))!["items"]!.AsArray();
        var visits2023 = await VisitTotalAsync(reader, 2023);
        var visits2024 = await VisitTotalAsync(reader, 2024);
        var planId = (string)(await reader.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

        Assert.Null(report.Error);
        Assert.Equal(Companies, companies.Count);
        Assert.All(companies, c => Assert.True(HasValidCheckDigit((string)c!["organisationNumber"]!), (string?)c["organisationNumber"]));
        Assert.All(companies, c => Assert.EndsWith(" (demo)", (string)c!["name"]!, StringComparison.Ordinal));
        Assert.True(companies.Select(c => (string?)c!["sections"]![0]).Distinct().Count() > 3, "The companies should span several SNI sections.");
        Assert.True(visits2023 > 0 && visits2024 > 0, $"Visits 2023: {visits2023}, 2024: {visits2024}");
        Assert.Equal(report.Visits, visits2023 + visits2024);
        Assert.Equal((4, 4), await CouncilAsync(reader, planId, 2023));
        Assert.Equal((3, 4), await CouncilAsync(reader, planId, 2024));
        Assert.All(appended, e => Assert.Equal(DemoDataGenerator.Actor, e.UserName));
    }

    [Fact]
    public async Task Demo_data_refuses_a_municipality_that_has_companies_and_appends_nothing()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("demo-data-again", Ct);
        await using var app = new PlatformApp(connectionString);
        var generator = new DemoDataGenerator(app.Services.GetRequiredService<IServiceScopeFactory>());
        await generator.GenerateAsync(new DemoDataRequest(Municipality.VilhelminaCode, Companies: 1), Ct);
        var before = (await EventRows.ReadAllAsync(connectionString)).Count;

        var again = await generator.GenerateAsync(new DemoDataRequest(Municipality.VilhelminaCode, Companies: 1), Ct);

        Assert.Equal(
            "Kommun 2462 har redan företag i registret. Demodata fyller bara en tom databas; se docs/demo-data.md för hur man börjar om.",
            again.Error);
        Assert.Equal(before, (await EventRows.ReadAllAsync(connectionString)).Count);
    }

    private static async Task<int> VisitTotalAsync(HttpClient reader, int year) =>
        (int)(await reader.GetFromJsonAsync<JsonObject>($"/api/v1/visits?from={year}-01-01&to={year}-12-31&page=1&pageSize=1", Ct))!["total"]!;

    private static async Task<(int Done, int Required)> CouncilAsync(HttpClient reader, string planId, int year)
    {
        var progress = await reader.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year={year}", Ct);
        var council = progress!.Single(p => (string)p!["targetKey"]! == "naringslivsrad-per-ar")!;
        return ((int)council["done"]!, (int)council["required"]!);
    }

    /// <summary>The Luhn rule over NNNNNN-NNNN, written out here so the test does not trust the code it checks.</summary>
    private static bool HasValidCheckDigit(string number)
    {
        var digits = number.Replace("-", "", StringComparison.Ordinal);
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return digits.Length == 10 && sum % 10 == 0;
    }
}
