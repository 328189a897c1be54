using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Clusters.Progress;

/// <summary>How the clusters were met in a year, read from the clusters and their meetings.</summary>
internal sealed class ClusterProgressFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) =>
        GetClusterProgressEndpoint.Map(api.MapGroup("/clusters").WithTags("Mikrokluster").RequireAuthorization(PlatformPolicies.Read));
}
