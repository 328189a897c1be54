using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.PlanContributions;

namespace Naringslivsplattform.ProcessPlan.Contributions;

/// <summary>What other modules ask the plan before they record an action that serves one of its activities.</summary>
internal sealed class ContributionsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IPlanActivityDirectory, PlanActivityDirectory>();
}
