using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.BuildingBlocks.Http;

/// <summary>A response about one stream, carrying the stream version a change to it must be based on.</summary>
public interface IVersionedResponse
{
    Guid Id { get; }

    long Version { get; }
}

/// <summary>
/// How every endpoint answers about one stream: the stream version in ETag, which a change must send back in If-Match;
/// a create's Location, and <c>Idempotent-Replayed: true</c> when an earlier request with the same key had created it.
/// </summary>
public static class WriteEndpoints
{
    /// <summary>A create: reads the Idempotency-Key, sends the command made with it and answers 201 (or the refusal).</summary>
    /// <param name="collection">Where the new resource lives, e.g. <c>/api/v1/actions</c>.</param>
    public static async Task<Results<Created<T>, ProblemHttpResult>> CreateAsync<T>(
        HttpContext http, string collection, Func<string?, ValueTask<Outcome<Started<T>>>> send)
        where T : class, IVersionedResponse
    {
        if (IdempotencyKeys.Read(http.Request, out var key) is { } invalid)
        {
            return invalid.ToProblem();
        }

        var outcome = await send(key);
        if (outcome.Value is not { } started)
        {
            return outcome.Error!.ToProblem();
        }

        if (started.Replayed)
        {
            http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        }

        StreamVersions.SetETag(http, started.Value.Version);
        return TypedResults.Created($"{collection}/{started.Value.Id}", started.Value);
    }

    /// <summary>A change based on the version in If-Match; the version-required error (428) when the request names none.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ChangeAsync<T>(
        HttpContext http, StreamErrors errors, Func<long, ValueTask<Outcome<T>>> send)
        where T : class, IVersionedResponse =>
        StreamVersions.FromIfMatch(http.Request) is { } expectedVersion ? Ok(http, await send(expectedVersion)) : errors.VersionRequired.ToProblem();

    /// <summary>A read of one stream, with its version in ETag; the not-found error when there is none.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Found<T>(HttpContext http, T? found, StreamErrors errors)
        where T : class, IVersionedResponse =>
        Ok(http, found is null ? errors.NotFound : new Outcome<T>(found));

    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(HttpContext http, Outcome<T> outcome)
        where T : class, IVersionedResponse
    {
        if (outcome.Value is not { } value)
        {
            return outcome.Error!.ToProblem();
        }

        StreamVersions.SetETag(http, value.Version);
        return TypedResults.Ok(value);
    }
}
