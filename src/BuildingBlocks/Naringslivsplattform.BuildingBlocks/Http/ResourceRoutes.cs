using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>The routes of one API resource: those every reader may call, and those that change it, which only writers may.</summary>
public sealed record ResourceRoutes(RouteGroupBuilder Reads, RouteGroupBuilder Writes);

public static class ResourceRouteMapping
{
    /// <param name="prefix">The resource's path under the API group, e.g. <c>/visits</c>.</param>
    /// <param name="tag">Its heading in the API reference, in Swedish.</param>
    public static ResourceRoutes MapResource(this IEndpointRouteBuilder api, string prefix, string tag)
    {
        var resource = api.MapGroup(prefix).WithTags(tag);
        return new(resource.MapGroup("").RequireAuthorization(PlatformPolicies.Read), resource.MapGroup("").RequireAuthorization(PlatformPolicies.Write));
    }
}
