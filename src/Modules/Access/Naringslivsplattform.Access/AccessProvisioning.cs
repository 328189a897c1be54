using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.Access.ApiKeys;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Tenancy;

namespace Naringslivsplattform.Access;

/// <summary>
/// Creates accounts and API keys outside a request: for the <c>create-admin</c> command and for
/// installers and tests. The same commands as the admin UI, acting as <paramref name="actor"/>.
/// </summary>
public sealed class AccessProvisioning(IServiceScopeFactory scopes)
{
    /// <returns>The new account's id, or the Swedish reason it was refused.</returns>
    public async Task<(Guid? AccountId, string? Error)> CreateLocalAccountAsync(
        string municipalityCode, string userName, string displayName, string password, IReadOnlyList<string> roles, string actor, CancellationToken cancellationToken = default)
    {
        var outcome = await SendAsync(municipalityCode, actor, new CreateLocalAccount(userName, displayName, password, roles), cancellationToken);
        return (outcome.Value?.Id, outcome.Error?.Message);
    }

    /// <summary>Gives an account new roles under the same rules as the users page (a municipality keeps an administrator).</summary>
    /// <returns>The Swedish reason it was refused, or null.</returns>
    public async Task<string?> ChangeRolesAsync(
        string municipalityCode, Guid accountId, IReadOnlyList<string> roles, string actor, CancellationToken cancellationToken = default) =>
        (await SendAsync(municipalityCode, actor, new ChangeLocalAccountRoles(accountId, roles), cancellationToken)).Error?.Message;

    /// <param name="scope"><c>read</c> or <c>read-write</c>.</param>
    /// <returns>The whole key (shown once), or the Swedish reason it was refused.</returns>
    public async Task<(string? Key, string? Error)> IssueApiKeyAsync(
        string municipalityCode, string name, string scope, string actor, CancellationToken cancellationToken = default)
    {
        var outcome = await SendAsync(municipalityCode, actor, new IssueApiKey(name, scope), cancellationToken);
        return (outcome.Value?.Key, outcome.Error?.Message);
    }

    private async Task<T> SendAsync<T>(string municipalityCode, string actor, ICommand<T> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<MunicipalityContext>().Use(municipalityCode);
        scope.ServiceProvider.GetRequiredService<OperationContext>().ActAs(actor);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}

/// <summary>Makes <see cref="AccessProvisioning"/> available to the CLI, installers and tests.</summary>
internal sealed class AccessProvisioningFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<AccessProvisioning>();
}
