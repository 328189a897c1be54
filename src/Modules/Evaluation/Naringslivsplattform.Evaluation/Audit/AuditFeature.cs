using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>The audit trail (docs/audit.md): every event of the municipality, filtered and exported, and any stream's history; Revisor and Administratör only.</summary>
internal sealed class AuditFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AuditCatalog>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Granskning").RequireAuthorization(PlatformPolicies.Audit);
        GetAuditLogEndpoint.Map(audit);
        ExportAuditLogEndpoint.Map(audit);
        GetAuditStreamEndpoint.Map(audit);
        GetAuditFilterChoicesEndpoint.Map(audit);
    }
}
