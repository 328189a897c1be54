using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.ProcessPlan.Targets;

/// <summary>Planners set and withdraw the plan's measurable targets on the plan's own stream, by the rules the seed's targets obey.</summary>
internal sealed class TargetsFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var plans = api.MapResource("/plans", "Processplaner");
        GetPlanTargetsEndpoint.Map(plans.Reads);
        SetPlanTargetEndpoint.Map(plans.Writes);
        WithdrawPlanTargetEndpoint.Map(plans.Writes);
    }
}
