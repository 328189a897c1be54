using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Host.DemoData;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The demo data command's generator fills an empty municipality through the modules' commands, once: the core, micro-clusters, school collaboration and UF.</summary>
public sealed class DemoDataTests(DatabaseFixture database)
{
    private const int Companies = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_data_fills_an_empty_municipality_with_valid_companies_visits_council_meetings_clusters_school_councils_and_uf_on_the_plan()
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
        var clusters = (await reader.GetFromJsonAsync<JsonArray>("/api/v1/clusters", Ct))!;
        var held2023 = await ClusterMeetingsHeldAsync(reader, 2023);
        var held2024 = await ClusterMeetingsHeldAsync(reader, 2024);
        var schools = (await reader.GetFromJsonAsync<JsonArray>("/api/v1/schools", Ct))!;
        var councils = (await reader.GetFromJsonAsync<JsonArray>("/api/v1/industry-councils", Ct))!;
        var ufCompanies2023 = await StudentCompanyTotalAsync(reader, "2023/24");
        var ufCompanies2024 = await StudentCompanyTotalAsync(reader, "2024/25");

        Assert.Null(report.Error);
        Assert.Equal(Companies, companies.Count);
        Assert.All(companies, c => Assert.True(HasValidCheckDigit((string)c!["organisationNumber"]!), (string?)c["organisationNumber"]));
        Assert.All(companies, c => Assert.EndsWith(" (demo)", (string)c!["name"]!, StringComparison.Ordinal));
        Assert.True(companies.Select(c => (string?)c!["sections"]![0]).Distinct().Count() > 3, "The companies should span several SNI sections.");
        Assert.True(visits2023 > 0 && visits2024 > 0, $"Visits 2023: {visits2023}, 2024: {visits2024}");
        Assert.Equal(report.Count(DemoCounts.Visits), visits2023 + visits2024);
        Assert.Equal((4, 4), await TargetAsync(reader, planId, "naringslivsrad-per-ar", 2023));
        Assert.Equal((3, 4), await TargetAsync(reader, planId, "naringslivsrad-per-ar", 2024));
        Assert.All(appended, e => Assert.Equal(DemoDataGenerator.Actor, e.UserName));

        Assert.Equal(["Företagarna", "Kittelfjäll", "Klimpfjäll", "Saxnäs"], clusters.Select(c => (string)c!["name"]!));
        Assert.All(clusters, c => Assert.InRange(c!["members"]!.AsArray().Count, 3, 8));
        Assert.All(held2023.Concat(held2024), held => Assert.InRange(held, 2, 4));
        Assert.Equal(report.Count(DemoCounts.ClusterMeetings) - 1, held2023.Sum() + held2024.Sum());
        Assert.Equal((4, 4), await TargetAsync(reader, planId, "mikrokluster-per-ar", 2023));
        Assert.Equal((4, 4), await TargetAsync(reader, planId, "mikrokluster-per-ar", 2024));
        Assert.Equal("Malgomajskolan (demo)", (string?)Assert.Single(schools)!["name"]);
        Assert.InRange(councils.Count, 2, 3);
        Assert.Equal(report.Count(DemoCounts.IndustryCouncils), councils.Count);
        Assert.All(councils, c => Assert.InRange((int)c!["memberCount"]!, 3, 5));
        Assert.InRange(ufCompanies2023, 3, 6);
        Assert.InRange(ufCompanies2024, 3, 6);
        Assert.Equal(report.Count(DemoCounts.StudentCompanies), ufCompanies2023 + ufCompanies2024);

        // Only the modules' held meetings and events are completed under these activities: the core has none of its own there.
        Assert.Equal(report.Count(DemoCounts.ClusterMeetings) - 1, await CompletedAsync(reader, planId, "1.2"));
        Assert.Equal(report.Count(DemoCounts.CouncilMeetings) + report.Count(DemoCounts.LeadTeacherMeetings), await CompletedAsync(reader, planId, "2.1"));
        Assert.Equal(report.Count(DemoCounts.UfEvents) - 2, await CompletedAsync(reader, planId, "2.2"));
    }

    [Fact]
    public async Task Demo_data_refuses_a_municipality_that_has_companies_and_appends_nothing()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("demo-data-again", Ct);
        await using var app = new PlatformApp(connectionString);
        var generator = new DemoDataGenerator(app.Services.GetRequiredService<IServiceScopeFactory>());
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var registered = await planner.PostAsJsonAsync("/api/v1/companies", new
        {
            organisationNumber = OrganisationNumbers.Next(), name = "Saxnäs Fjällstugor AB", sniCodes = new[] { "55101" }, locality = "Saxnäs", sizeClass = "5-9",
        }, Ct);
        var before = (await EventRows.ReadAllAsync(connectionString)).Count;

        var again = await generator.GenerateAsync(new DemoDataRequest(Municipality.VilhelminaCode, Companies: 1), Ct);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(
            "Kommun 2462 har redan företag i registret. Demodata fyller bara en tom databas; se docs/demo-data.md för hur man börjar om.",
            again.Error);
        Assert.Equal(before, (await EventRows.ReadAllAsync(connectionString)).Count);
    }

    private static async Task<int> VisitTotalAsync(HttpClient reader, int year) =>
        (int)(await reader.GetFromJsonAsync<JsonObject>($"/api/v1/visits?from={year}-01-01&to={year}-12-31&page=1&pageSize=1", Ct))!["total"]!;

    private static async Task<(int Done, int Required)> TargetAsync(HttpClient reader, string planId, string targetKey, int year)
    {
        var progress = await reader.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year={year}", Ct);
        var target = progress!.Single(p => (string)p!["targetKey"]! == targetKey)!;
        return ((int)target["done"]!, (int)target["required"]!);
    }

    /// <summary>Held meetings per cluster in the year, as the clusters page shows them.</summary>
    private static async Task<IReadOnlyList<int>> ClusterMeetingsHeldAsync(HttpClient reader, int year) =>
        [.. (await reader.GetFromJsonAsync<JsonObject>($"/api/v1/clusters/progress?year={year}", Ct))!["clusters"]!.AsArray().Select(c => (int)c!["held"]!)];

    private static async Task<int> StudentCompanyTotalAsync(HttpClient reader, string schoolYear) =>
        (int)(await reader.GetFromJsonAsync<JsonObject>($"/api/v1/student-companies?schoolYear={Uri.EscapeDataString(schoolYear)}", Ct))!["total"]!;

    private static async Task<int> CompletedAsync(HttpClient reader, string planId, string activity) =>
        (int)(await reader.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?activity={activity}&status=Completed&pageSize=1", Ct))!["totalCount"]!;

    /// <summary>The Luhn rule over NNNNNN-NNNN, written out here so the test does not trust the code it checks.</summary>
    private static bool HasValidCheckDigit(string number)
    {
        var digits = number.Replace("-", "", StringComparison.Ordinal);
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return digits.Length == 10 && sum % 10 == 0;
    }
}
