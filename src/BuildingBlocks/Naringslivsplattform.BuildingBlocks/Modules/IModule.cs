using System.Reflection;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Naringslivsplattform.BuildingBlocks.Modules;

/// <summary>
/// The one contract between a module and the Host: the Host lists modules and calls these,
/// and knows nothing else about a module's insides.
/// </summary>
public interface IModule
{
    /// <summary>Stable English name, also used as the module's database schema suffix and OpenAPI tag.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void ConfigureEventStore(StoreOptions options);

    /// <summary>Routes and queues for the Wolverine messages the module handles; most modules need none.</summary>
    void ConfigureMessaging(WolverineOptions options)
    {
    }

    /// <summary>
    /// Maps the module's endpoints: resources on the versioned API group <paramref name="api"/>
    /// (<c>/api/v1</c>), anything else (such as form posts of the admin UI) on <paramref name="app"/>.
    /// Every endpoint declares an authorization policy from <c>PlatformPolicies</c> or allows anonymous access.
    /// </summary>
    void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api);

    /// <summary>The assembly holding the module's routable admin pages.</summary>
    Assembly PagesAssembly => GetType().Assembly;

    /// <summary>Entries for the admin UI's navigation, in display order.</summary>
    IReadOnlyList<NavigationEntry> Navigation { get; }

    /// <summary>Components the start page shows above the module cards, in display order; each checks what its viewer may see.</summary>
    IReadOnlyList<Type> DashboardPanels => [];
}
