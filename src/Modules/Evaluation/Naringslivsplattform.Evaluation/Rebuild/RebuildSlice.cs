using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.Evaluation.Rebuild;

internal static class RebuildSlice
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
