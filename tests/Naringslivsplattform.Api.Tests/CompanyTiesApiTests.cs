using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Companies.Contracts;
using Wolverine;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The company page's ties come from other modules as Wolverine messages (CompanyTied/CompanyUntied), handled by the
/// Companies module for the municipality the message is for. Here the messages are published as a module's relay would.
/// </summary>
[Collection(SharedSecurityApp.Name)]
public sealed class CompanyTiesApiTests(SecurityApp app)
{
    private const string Dorotea = "2425";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ties_follow_the_messages_for_the_companys_municipality_and_a_repeated_message_changes_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var companyId = await RegisterCompanyAsync(planner);
        var (cluster, council, doroteaCluster) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        Assert.Empty(await CompanyTiesReader.ReadAsync(planner, companyId));

        await PublishAsync(SecurityApp.Vilhelmina, new CompanyTied(companyId, cluster, CompanyTieKinds.ClusterMembership, "Kittelfjäll", $"kluster/{cluster}"));
        await PublishAsync(SecurityApp.Vilhelmina, new CompanyTied(companyId, cluster, CompanyTieKinds.ClusterMembership, "Kittelfjäll", $"kluster/{cluster}"));
        await PublishAsync(Dorotea, new CompanyTied(companyId, doroteaCluster, CompanyTieKinds.ClusterMembership, "Dorotea fjäll", "kluster/x"));
        await PublishAsync(SecurityApp.Vilhelmina, new CompanyTied(companyId, council, CompanyTieKinds.IndustryCouncilSeat, "Branschråd FS", $"skolor/branschrad/{council}"));
        var tied = await CompanyTiesReader.WaitForAsync(planner, companyId, ties => ties.Count == 2);
        Assert.Equal(
            [("ClusterMembership", "Mikrokluster", "Kittelfjäll", $"kluster/{cluster}"), ("IndustryCouncilSeat", "Branschråd", "Branschråd FS", $"skolor/branschrad/{council}")],
            tied.Select(t => ((string)t!["kind"]!, (string)t["kindName"]!, (string)t["holderName"]!, (string)t["link"]!)));

        await PublishAsync(SecurityApp.Vilhelmina, new CompanyTied(companyId, cluster, CompanyTieKinds.ClusterMembership, "Kittelfjällsklustret", $"kluster/{cluster}"));
        await PublishAsync(SecurityApp.Vilhelmina, new CompanyUntied(companyId, council));
        var changed = await CompanyTiesReader.WaitForAsync(planner, companyId, ties => ties.Count == 1 && (string)ties[0]!["holderName"]! == "Kittelfjällsklustret");
        Assert.Equal(cluster.ToString(), (string)changed.Single()!["holderId"]!);
    }

    [Fact]
    public async Task The_ties_of_an_unknown_company_are_not_found()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read");
        var response = await planner.GetAsync($"/api/v1/companies/{Guid.NewGuid()}/ties", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("company.not-found", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
    }

    private async Task PublishAsync(string municipality, object message)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message, new DeliveryOptions { TenantId = municipality });
    }

    private static async Task<Guid> RegisterCompanyAsync(HttpClient planner)
    {
        var created = await planner.PostAsJsonAsync("/api/v1/companies",
            new { organisationNumber = OrganisationNumbers.Next(), name = "Kopplad AB", sniCodes = new[] { "55101" }, locality = "Kittelfjäll", sizeClass = "1-4" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (Guid)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }
}
