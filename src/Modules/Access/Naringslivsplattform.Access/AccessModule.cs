using JasperFx.Events.Projections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.Access.ApiKeys;
using Naringslivsplattform.Access.Resources;
using Naringslivsplattform.Access.SigningIn;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access;

/// <summary>Who may do what: sign-in, local accounts and roles, API keys for the intranet.</summary>
public sealed class AccessModule : IModule
{
    public string Name => "Access";

    // TODO(issue 14): the module's features, once split; until then it wires itself below.
    public IReadOnlyList<IModuleFeature> Features => [];

    public IReadOnlyList<NavigationEntry> Navigation =>
    [
        new(AccessTexts.NavUsers, "admin/anvandare", Icons.Material.Filled.People, PlatformPolicies.Administer),
        new(AccessTexts.NavApiKeys, "admin/api-nycklar", Icons.Material.Filled.Key, PlatformPolicies.Administer),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPasswordHasher<LocalAccount>, PasswordHasher<LocalAccount>>();
        services.AddSingleton<AccessProvisioning>();
        services.AddPlatformAuthentication(configuration);
    }

    public void ConfigureEventStore(Marten.StoreOptions options)
    {
        options.Events.AddEventTypes(LocalAccountEventTypes.All);
        options.Events.AddEventTypes([typeof(ApiKeyIssued), typeof(ApiKeyRevoked)]);
        options.Projections.Snapshot<LocalAccount>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<ApiKey>(SnapshotLifecycle.Inline);
        options.Schema.For<LocalAccount>().Index(a => a.UserName);
        options.Schema.For<ApiKey>().Index(k => k.Prefix);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        SignInEndpoints.Map(app);
        var keys = api.MapGroup("/api-keys").WithTags("API-nycklar").RequireAuthorization(PlatformPolicies.Administer);
        IssueApiKeyEndpoint.Map(keys);
        ListApiKeysEndpoint.Map(keys);
        GetApiKeyEndpoint.Map(keys);
        RevokeApiKeyEndpoint.Map(keys);
    }
}
