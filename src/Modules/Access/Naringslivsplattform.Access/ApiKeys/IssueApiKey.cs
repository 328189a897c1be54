using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Access.ApiKeys;

/// <param name="Scope"><c>read</c> or <c>read-write</c>.</param>
internal sealed record IssueApiKey(string? Name, string? Scope) : ICommand<Outcome<IssuedApiKey>>;

/// <param name="Key">The whole key. It is shown this once and cannot be read again.</param>
internal sealed record IssuedApiKey(Guid Id, string Name, string Scope, string Key);

internal sealed class IssueApiKeyHandler(IDocumentSession session, MunicipalityContext municipality)
    : ICommandHandler<IssueApiKey, Outcome<IssuedApiKey>>
{
    public async ValueTask<Outcome<IssuedApiKey>> Handle(IssueApiKey command, CancellationToken cancellationToken)
    {
        var name = command.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return new DomainError("api-key.name-invalid", AccessTexts.ApiKeyNameInvalid);
        }

        if (ApiKeyScopes.Parse(command.Scope) is not { } scope)
        {
            return new DomainError("api-key.scope-invalid", AccessTexts.ApiKeyScopeInvalid);
        }

        if (await session.Query<ApiKey>().AnyAsync(k => k.Name == name && k.RevokedAt == null, cancellationToken))
        {
            return new DomainError("api-key.name-taken", AccessTexts.ApiKeyNameTaken, StatusCodes.Status409Conflict);
        }

        var id = Guid.CreateVersion7();
        var (key, prefix, secretHash) = ApiKeySecret.Generate();
        session.Events.StartStream<ApiKey>(id, new ApiKeyIssued(id, municipality.Code, name, scope, prefix, secretHash));
        await session.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(id, name, ApiKeyScopes.Format(scope), key);
    }
}

internal static class ApiKeyScopes
{
    public static ApiKeyScope? Parse(string? scope) => scope switch
    {
        "read" => ApiKeyScope.Read,
        "read-write" => ApiKeyScope.ReadWrite,
        _ => null,
    };

    public static string Format(ApiKeyScope scope) => scope == ApiKeyScope.ReadWrite ? "read-write" : "read";
}

internal static class IssueApiKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder keys) =>
        keys.MapPost("/", async Task<Results<Created<IssuedApiKey>, ProblemHttpResult>> (IssueApiKey command, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(command, ct) switch
                {
                    { Value: { } issued } => TypedResults.Created($"/api/v1/api-keys/{issued.Id}", issued),
                    var failed => failed.Error!.ToProblem(),
                })
            .WithName("IssueApiKey")
            .WithSummary("Skapa en API-nyckel")
            .WithDescription("Nyckeln visas bara i svaret och kan inte läsas igen. Behörighet: read eller read-write.");
}
