using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Naringslivsplattform.BuildingBlocks.Modules;

/// <summary>
/// One feature of a module (a folder: actions, visits, follow-ups …), wired in one place: its services, its event
/// types and projections, its messages and its routes. A module is the list of its features.
/// </summary>
public interface IModuleFeature
{
    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    void ConfigureEventStore(StoreOptions options)
    {
    }

    void ConfigureMessaging(WolverineOptions options)
    {
    }

    /// <summary>Resources on the versioned API group <paramref name="api"/> (<c>/api/v1</c>), anything else (form posts of the admin UI) on <paramref name="app"/>.</summary>
    void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
    }
}
