using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.YoungEnterprise.History;
using Naringslivsplattform.YoungEnterprise.Resources;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;
using Naringslivsplattform.YoungEnterprise.UfEvents;

namespace Naringslivsplattform.YoungEnterprise;

/// <summary>Ung Företagsamhet (activity 2.2): UF companies per school year and UF events such as the primary-school UF day.</summary>
public sealed class YoungEnterpriseModule : IModule
{
    public string Name => "YoungEnterprise";

    // TODO(issue 14): the module's features, once split; until then it wires itself below.
    public IReadOnlyList<IModuleFeature> Features => [];

    public IReadOnlyList<NavigationEntry> Navigation =>
        [new(YoungEnterpriseTexts.Nav, "uf", Icons.Material.Filled.School, PlatformPolicies.Read)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEventDescriptions, YoungEnterpriseEventDescriptions>();
        services.RelayEvents(StudentCompanyTies.RelayName, StudentCompanyTies.Relay);
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        StudentCompaniesSlice.Register(options);
        UfEventsSlice.Register(options);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        StudentCompaniesSlice.Map(api);
        UfEventsSlice.Map(api);
    }
}
