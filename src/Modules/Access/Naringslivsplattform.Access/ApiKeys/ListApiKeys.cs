using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.Access.ApiKeys;

internal sealed record ApiKeyResponse(
    Guid Id, string Name, string Scope, string IssuedBy, DateTimeOffset IssuedAt, DateTimeOffset? LastUsedAt, string? RevokedBy, DateTimeOffset? RevokedAt);

internal sealed record ListApiKeys : IQuery<IReadOnlyList<ApiKeyResponse>>;

internal sealed class ListApiKeysHandler(IQuerySession session, ApiKeyUsageRecorder recorder) : IQueryHandler<ListApiKeys, IReadOnlyList<ApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<ApiKeyResponse>> Handle(ListApiKeys query, CancellationToken cancellationToken)
    {
        var keys = await session.Query<ApiKey>().OrderByDescending(k => k.IssuedAt).ToListAsync(cancellationToken);
        var usage = (await session.LoadManyAsync<ApiKeyUsage>(cancellationToken, keys.Select(k => k.Id))).ToDictionary(u => u.Id, u => u.LastUsedAt);
        return [.. keys.Select(k => new ApiKeyResponse(
            k.Id, k.Name, ApiKeyScopes.Format(k.Scope), k.IssuedBy, k.IssuedAt, LastUse(recorder.PendingUse(k.Id), usage.GetValueOrDefault(k.Id)), k.RevokedBy, k.RevokedAt))];
    }

    /// <summary>The later of a use this host has not written yet and the one stored; none when neither is.</summary>
    private static DateTimeOffset? LastUse(DateTimeOffset? pending, DateTimeOffset stored) =>
        pending > stored ? pending : stored == default ? null : stored;
}

internal static class ListApiKeysEndpoint
{
    public static void Map(IEndpointRouteBuilder keys) =>
        keys.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListApiKeys(), ct)))
            .WithName("ListApiKeys")
            .WithSummary("Kommunens API-nycklar")
            .WithDescription("Namn, behörighet, vem som skapade dem och när de senast användes. Själva nycklarna visas aldrig.");
}

internal static class GetApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder keys) =>
        keys.MapGet("/{keyId:guid}", async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> (Guid keyId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListApiKeys(), ct)).FirstOrDefault(k => k.Id == keyId) is { } key
                    ? TypedResults.Ok(key)
                    : ApiProblems.NotFound("api-key.not-found", AccessTexts.ApiKeyNotFound))
            .WithName("GetApiKey")
            .WithSummary("En API-nyckel")
            .WithDescription("Namn, behörighet, vem som skapade den och när den senast användes. Själva nyckeln visas aldrig.");
}
