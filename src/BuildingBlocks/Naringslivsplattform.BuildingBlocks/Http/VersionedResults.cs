using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>Answers about one stream that carry its version in the ETag, which a change must send back in If-Match.</summary>
public static class VersionedResults
{
    public static Results<Created<T>, ProblemHttpResult> Created<T>(HttpContext http, Outcome<T> outcome, string collection)
        where T : class, IVersionedResponse =>
        outcome.Value is { } created
            ? TypedResults.Created($"{collection}/{created.Id}", Tagged(http, created))
            : outcome.Error!.ToProblem();

    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(HttpContext http, Outcome<T> outcome)
        where T : class, IVersionedResponse =>
        outcome.Value is { } found ? TypedResults.Ok(Tagged(http, found)) : outcome.Error!.ToProblem();

    /// <summary>A change based on the version in If-Match; <paramref name="versionRequired"/> (428) when the request names none.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ChangeAsync<T>(
        HttpContext http, DomainError versionRequired, Func<long, ValueTask<Outcome<T>>> change)
        where T : class, IVersionedResponse =>
        StreamVersions.FromIfMatch(http.Request) is { } expectedVersion ? Ok(http, await change(expectedVersion)) : versionRequired.ToProblem();

    private static T Tagged<T>(HttpContext http, T response)
        where T : IVersionedResponse
    {
        StreamVersions.SetETag(http, response.Version);
        return response;
    }
}
