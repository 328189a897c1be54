using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Wolverine;

namespace Naringslivsplattform.Companies.Ties;

/// <summary>What other modules tie a company to (clusters, industry councils, UF mentoring), kept from the messages their relays publish.</summary>
internal sealed class TiesFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<IRebuildableReadModel, CompanyTiesRebuild>();

    public void ConfigureEventStore(StoreOptions options) => options.Schema.For<CompanyTies>();

    public void ConfigureMessaging(WolverineOptions options) => CompanyTiesHandler.Route(options);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) =>
        GetCompanyTiesEndpoint.Map(api.MapGroup("/companies").WithTags("Företag").RequireAuthorization(PlatformPolicies.Read));
}
