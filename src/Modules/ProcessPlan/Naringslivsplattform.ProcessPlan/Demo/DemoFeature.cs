using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.DemoData;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.ProcessPlan.Demo;

/// <summary>The module's share of <c>./run demo-data</c> (docs/demo-data.md): the plan to record under and the office's own actions.</summary>
internal sealed class DemoFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<IDemoDataPart, PlanActionsDemoPart>();
}
