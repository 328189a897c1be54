using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.YoungEnterprise;

/// <summary>A stream a create started, or that an earlier request with the same idempotency key had started.</summary>
/// <param name="Replayed">True when an earlier request with the same idempotency key started it.</param>
internal sealed record Started<T>(T Value, bool Replayed);

/// <summary>Creates with an optional Idempotency-Key: 201 with the version in ETag, and Idempotent-Replayed on a retry.</summary>
internal static class KeyedCreates
{
    public static async Task<Results<Created<T>, ProblemHttpResult>> SendAsync<T>(HttpContext http, string collection, Func<string?, ValueTask<Outcome<Started<T>>>> create)
        where T : class, IVersionedResponse
    {
        if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
        {
            return invalidKey.ToProblem();
        }

        var outcome = await create(key);
        if (outcome.Value is not { } started)
        {
            return outcome.Error!.ToProblem();
        }

        if (started.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return VersionedResults.Created(http, new Outcome<T>(started.Value), collection);
    }
}
