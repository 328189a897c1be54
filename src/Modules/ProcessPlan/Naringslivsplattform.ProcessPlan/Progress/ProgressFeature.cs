using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.ProcessPlan.Progress;

/// <summary>How far the plan's targets are (its endpoint is TimeTravel's, which also answers as of a day), and where held actions took place.</summary>
internal sealed class ProgressFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) =>
        GetGeographicSpreadEndpoint.Map(api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read));
}
