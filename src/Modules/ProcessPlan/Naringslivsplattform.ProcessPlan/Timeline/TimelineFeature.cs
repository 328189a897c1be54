using JasperFx.Events.Projections;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.ProcessPlan.Timeline;

/// <summary>The plan's timeline of every action, whichever module recorded it, as a list and as a calendar.</summary>
internal sealed class TimelineFeature : IModuleFeature
{
    public void ConfigureEventStore(StoreOptions options)
    {
        options.Projections.Add<TimelineProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<TimelineEntry>().Index([e => e.PlanId, e => e.Date]);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Read);
        GetTimelineEndpoint.Map(plans);
        GetCalendarEndpoint.Map(plans);
    }
}
