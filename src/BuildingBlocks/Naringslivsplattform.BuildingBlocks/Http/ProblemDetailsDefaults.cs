using Microsoft.AspNetCore.Http;
using Naringslivsplattform.BuildingBlocks.Resources;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>
/// Gives problem details the framework writes itself (unknown route, unhandled exception, bad body)
/// the same shape as our own: a stable code and a Swedish title, and never an exception's details.
/// </summary>
public static class ProblemDetailsDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey(ApiProblems.CodeExtension))
        {
            return;
        }

        var (code, title) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("request.invalid", SharedTexts.ProblemBadRequest),
            StatusCodes.Status401Unauthorized => ("auth.unauthenticated", SharedTexts.ProblemUnauthenticated),
            StatusCodes.Status403Forbidden => ("auth.forbidden", SharedTexts.ProblemForbidden),
            StatusCodes.Status404NotFound => ("resource.not-found", SharedTexts.ProblemNotFound),
            StatusCodes.Status405MethodNotAllowed => ("method.not-allowed", SharedTexts.ProblemMethodNotAllowed),
            StatusCodes.Status413PayloadTooLarge => ("request.too-large", SharedTexts.ProblemTooLarge),
            StatusCodes.Status429TooManyRequests => ("request.rate-limited", SharedTexts.ProblemTooManyRequests),
            >= StatusCodes.Status500InternalServerError => ("server.unexpected", SharedTexts.ProblemUnexpected),
            _ => ("request.failed", SharedTexts.ProblemRequestFailed),
        };
        problem.Title = title;
        problem.Detail = null;
        problem.Extensions[ApiProblems.CodeExtension] = code;
        problem.Extensions.Remove("exception");
    }
}
