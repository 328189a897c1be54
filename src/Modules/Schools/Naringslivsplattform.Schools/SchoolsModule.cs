using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.Schools.History;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools;

/// <summary>School collaboration (activity 2.1): schools, upper-secondary programmes and their industry councils, and meetings with lead teachers.</summary>
public sealed class SchoolsModule : IModule
{
    public string Name => "Schools";

    public IReadOnlyList<NavigationEntry> Navigation => [];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEventDescriptions, SchoolEventDescriptions>();
        SchoolsSlice.AddServices(services);
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        SchoolsSlice.Register(options);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        SchoolsSlice.Map(api);
    }
}
