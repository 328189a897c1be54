using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.Evaluation.Audit;

internal static class AuditSlice
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
