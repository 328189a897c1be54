using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Evaluation.Audit;

/// <summary>The audit trail (docs/audit.md): every event of the municipality, filtered and exported, and any stream's history; Revisor and Administratör only.</summary>
internal static class AuditSlice
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AuditCatalog>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Granskning").RequireAuthorization(PlatformPolicies.Audit);
        GetAuditLogEndpoint.Map(audit);
        ExportAuditLogEndpoint.Map(audit);
        GetAuditStreamEndpoint.Map(audit);
        GetAuditFilterChoicesEndpoint.Map(audit);
    }
}
