using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Clusters;

/// <summary>Micro-clusters (activity 1.2): the clusters, their member companies from the register, and meetings held on a cluster's request.</summary>
public sealed class ClustersModule : IModule
{
    public string Name => "Clusters";

    public IReadOnlyList<NavigationEntry> Navigation => [];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureEventStore(StoreOptions options)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
    }
}
