using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Resources;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>
/// Rejects a municipality header that is not a kommunkod, or that names another municipality than
/// the caller belongs to, before any handler runs.
/// </summary>
public sealed class MunicipalityHeaderFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!context.HttpContext.Request.Headers.TryGetValue(MunicipalityContext.HeaderName, out var value))
        {
            return await next(context);
        }

        var requested = value.ToString();
        if (!Municipality.IsValidCode(requested))
        {
            return ApiProblems.BadRequest("municipality.invalid-code", SharedTexts.ProblemInvalidMunicipalityCode);
        }

        var own = context.HttpContext.User.FindFirst(PlatformClaims.Municipality)?.Value;
        if (own is not null && own != requested)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "municipality.forbidden", SharedTexts.ProblemOtherMunicipality);
        }

        return await next(context);
    }
}
