using JasperFx.Events.Projections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.ApiKeys;

/// <summary>API keys for the intranet: issued (the secret shown once), listed and revoked by administrators.</summary>
internal sealed class ApiKeysFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<ApiKeyUsageRecorder>();
        services.AddHostedService(provider => provider.GetRequiredService<ApiKeyUsageRecorder>());
    }

    public void ConfigureEventStore(Marten.StoreOptions options)
    {
        options.Events.AddEventTypes([typeof(ApiKeyIssued), typeof(ApiKeyRevoked)]);
        options.Projections.Snapshot<ApiKey>(SnapshotLifecycle.Inline);
        options.Schema.For<ApiKey>().Index(k => k.Prefix);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API-nycklar").RequireAuthorization(PlatformPolicies.Administer);
        IssueApiKeyEndpoint.Map(keys);
        ListApiKeysEndpoint.Map(keys);
        GetApiKeyEndpoint.Map(keys);
        RevokeApiKeyEndpoint.Map(keys);
    }
}
