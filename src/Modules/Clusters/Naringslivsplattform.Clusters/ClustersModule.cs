using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Clusters.History;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Resources;

namespace Naringslivsplattform.Clusters;

/// <summary>Micro-clusters (activity 1.2): the clusters, their member companies from the register, and meetings held on a cluster's request.</summary>
public sealed class ClustersModule : IModule
{
    public string Name => "Clusters";

    // TODO(issue 14): the module's features, once split; until then it wires itself below.
    public IReadOnlyList<IModuleFeature> Features => [];

    public IReadOnlyList<NavigationEntry> Navigation =>
        [new(ClustersTexts.Nav, "kluster", Icons.Material.Filled.Hub, PlatformPolicies.Read)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEventDescriptions, ClusterEventDescriptions>();
        services.AddHostedService<SeededClustersOnStartup>();
        ClustersSlice.RelayCompanyTies(services);
    }

    public void ConfigureEventStore(StoreOptions options) => ClustersSlice.Register(options);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) => ClustersSlice.Map(api);
}
