using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Schools;

/// <summary>School collaboration (activity 2.1): schools, upper-secondary programmes and their industry councils, and meetings with lead teachers.</summary>
public sealed class SchoolsModule : IModule
{
    public string Name => "Schools";

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
