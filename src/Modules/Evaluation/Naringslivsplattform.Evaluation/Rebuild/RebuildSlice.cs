using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.Evaluation.Rebuild;

internal static class RebuildSlice
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ReadModelRebuild>();
    }

    public static void Map(IEndpointRouteBuilder api) => RebuildEvaluationEndpoint.Map(api);
}
