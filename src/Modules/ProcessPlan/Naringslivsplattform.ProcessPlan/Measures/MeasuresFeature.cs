using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.ProcessPlan.Measures;

/// <summary>Traceability from the strategy's measures down to the actions that serve them.</summary>
internal sealed class MeasuresFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) =>
        GetMeasureTracesEndpoint.Map(api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read));
}
