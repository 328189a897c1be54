using System.Reflection;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Naringslivsplattform.BuildingBlocks.Modules;

/// <summary>
/// The one contract between a module and the Host: the Host lists modules and calls these, and knows nothing else about
/// a module's insides. A module lists its features; each wires itself (<see cref="IModuleFeature"/>).
/// </summary>
public interface IModule
{
    /// <summary>Stable English name, also used as the module's database schema suffix and OpenAPI tag.</summary>
    string Name { get; }

    /// <summary>The module's features, each with its own services, store options, messages and routes.</summary>
    IReadOnlyList<IModuleFeature> Features { get; }

    /// <summary>The assembly holding the module's routable admin pages.</summary>
    Assembly PagesAssembly => GetType().Assembly;

    /// <summary>Entries for the admin UI's navigation, in display order.</summary>
    IReadOnlyList<NavigationEntry> Navigation { get; }

    /// <summary>Components the start page shows above the module cards, in display order; each checks what its viewer may see.</summary>
    IReadOnlyList<Type> DashboardPanels => [];

    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        foreach (var feature in Features)
        {
            feature.AddServices(services, configuration);
        }
    }

    void ConfigureEventStore(StoreOptions options)
    {
        foreach (var feature in Features)
        {
            feature.ConfigureEventStore(options);
        }
    }

    void ConfigureMessaging(WolverineOptions options)
    {
        foreach (var feature in Features)
        {
            feature.ConfigureMessaging(options);
        }
    }

    /// <summary>Every endpoint declares an authorization policy from <c>PlatformPolicies</c> or allows anonymous access.</summary>
    void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        foreach (var feature in Features)
        {
            feature.MapEndpoints(app, api);
        }
    }
}
