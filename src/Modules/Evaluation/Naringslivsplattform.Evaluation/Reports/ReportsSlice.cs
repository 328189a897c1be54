using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.Evaluation.Reports;

internal static class ReportsSlice
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
