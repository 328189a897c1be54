using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.ProcessPlan.Contracts;

namespace Naringslivsplattform.ProcessPlan.TimeTravel;

/// <summary>
/// The plan and its progress as they were at the end of a day, and the plan's records at an instant for the annual evaluation.
/// It folds the other features' events with their own aggregates and depends on them; no feature depends on it, so it maps
/// the two reads that answer now or, with <c>?asOf=</c>, then.
/// </summary>
internal sealed class TimeTravelFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IPlanRecords, PlanRecords>();

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read);
        GetPlanEndpoint.Map(plans);
        GetPlanProgressEndpoint.Map(plans);
    }
}
