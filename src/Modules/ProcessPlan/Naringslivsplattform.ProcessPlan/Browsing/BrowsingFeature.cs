using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.ProcessPlan.Browsing;

/// <summary>Reading the municipality's plans: the list, one plan (mapped by TimeTravel, which also answers as of a day) and one activity.</summary>
internal sealed class BrowsingFeature : IModuleFeature
{
    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read);
        ListPlansEndpoint.Map(plans);
        GetPlanActivityEndpoint.Map(plans);
    }
}
