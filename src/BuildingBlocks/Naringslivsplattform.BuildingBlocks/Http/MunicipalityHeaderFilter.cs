using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Resources;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>Rejects a request whose municipality header is not a kommunkod before any handler runs.</summary>
public sealed class MunicipalityHeaderFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Request.Headers;
        if (headers.TryGetValue(MunicipalityContext.HeaderName, out var value)
            && !Municipality.IsValidCode(value.ToString()))
        {
            return ApiProblems.BadRequest("municipality.invalid-code", SharedTexts.ProblemInvalidMunicipalityCode);
        }

        return await next(context);
    }
}
