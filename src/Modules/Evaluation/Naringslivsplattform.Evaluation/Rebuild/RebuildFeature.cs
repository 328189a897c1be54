using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Evaluation.Rebuild;

/// <summary>Rebuilding every read model by replaying the store, or one plan-year's evaluation (ADR 0013).</summary>
internal sealed class RebuildFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ReadModelRebuild>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api) => RebuildEvaluationEndpoint.Map(api);
}
