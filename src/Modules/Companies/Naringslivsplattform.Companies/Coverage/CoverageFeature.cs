using JasperFx.Events.Projections;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Companies.Coverage;

/// <summary>How well completed visits covered the register in a year: by SNI section, locality and area, role; companies never or not lately visited.</summary>
internal sealed class CoverageFeature : IModuleFeature
{
    public void ConfigureEventStore(StoreOptions options) =>
        options.Projections.Add<CompanyLastVisitProjection>(ProjectionLifecycle.Inline);

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) => GetVisitCoverageEndpoint.Map(api);
}
