using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.Clusters.Reference;
using UUIDNext;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>
/// Gives each municipality with a seed folder the micro-clusters its process plan names (the plan file's "clusters"),
/// by the plan's own names, which the plan's coverage target counts meetings by. Each cluster's stream id is derived
/// from the municipality and the name, so a restart or two starts at once add nothing; a seeded cluster the office has
/// renamed stays renamed, and a name the office already uses is left to the office's cluster. Runs when the seeds are
/// imported on startup (Seed:ImportOnStartup).
/// </summary>
internal sealed class SeededClustersOnStartup(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    /// <summary>The same actor as the process plan's seed import: both are what the repository's seeds put in on startup.</summary>
    public const string Actor = "system:seed-import";

    private static readonly Guid SeedScope = new("9a7c5e31-2b4d-4f60-8e1a-d3c5b7f9e462");

    /// <summary>The namespace seeded cluster ids have been derived in since the first seed; a new one would seed every cluster again.</summary>
    private static readonly Guid SeededIds = new("b7a4e0c2-51d9-4f0e-8c3a-6e2f0d1a2462");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:ImportOnStartup", true))
        {
            return;
        }

        foreach (var (municipalityCode, reference) in MunicipalityReferences.All)
        {
            foreach (var named in reference.Clusters)
            {
                // A scope per cluster: a create that loses a race to another node leaves nothing behind for the next one.
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipalityCode);
                scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(Actor);
                var seeded = new StreamToStart(Uuid.NewNameBased(SeededIds, $"{SeedScope}/{municipalityCode}/{named.Name}"), Keyed: true);
                await CreateClusterHandler.StartAsync(
                    scope.ServiceProvider.GetRequiredService<IDocumentSession>(), seeded, new CreateClusterRequest(named.Name, named.Locality, null), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
