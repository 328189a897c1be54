using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.YoungEnterprise;

/// <summary>Ung Företagsamhet (activity 2.2): UF companies per school year and UF events such as the primary-school UF day.</summary>
public sealed class YoungEnterpriseModule : IModule
{
    public string Name => "YoungEnterprise";

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
