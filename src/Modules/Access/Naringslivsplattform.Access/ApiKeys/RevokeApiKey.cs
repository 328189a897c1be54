using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Access.ApiKeys;

internal sealed record RevokeApiKey(Guid KeyId) : ICommand<Outcome<bool>>;

internal sealed class RevokeApiKeyHandler(IDocumentSession session, ApiKeyCache cache) : ICommandHandler<RevokeApiKey, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(RevokeApiKey command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ApiKey>(command.KeyId, cancellationToken);
        if (stream.Aggregate is null)
        {
            return new DomainError("api-key.not-found", AccessTexts.ApiKeyNotFound, StatusCodes.Status404NotFound);
        }

        if (!stream.Aggregate.IsRevoked)
        {
            // Another revocation at the same moment is the same outcome: the key is revoked either way.
            stream.AppendOne(new ApiKeyRevoked(command.KeyId));
            await session.TrySaveChangesAsync(cancellationToken);
        }

        cache.Forget(stream.Aggregate.Prefix);
        return true;
    }
}

internal static class RevokeApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder keys) =>
        keys.MapDelete("/{keyId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid keyId, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new RevokeApiKey(keyId), ct) switch
                {
                    { Error: { } error } => error.ToProblem(),
                    _ => TypedResults.NoContent(),
                })
            .WithName("RevokeApiKey")
            .WithSummary("Återkalla en API-nyckel")
            .WithDescription("Nyckeln slutar gälla direkt. Att återkalla en redan återkallad nyckel ändrar ingenting.");
}
