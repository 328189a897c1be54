using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.ProcessPlan.Actions;

/// <summary>Actions (åtgärder) under the plan's activities: planned, rescheduled, completed or cancelled, each its own stream.</summary>
internal sealed class ActionsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<ActionPlanned>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActionPlanned, e.Title, e.PlannedFrom))
            .Describe<ActionRescheduled>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActionRescheduled, e.PlannedFrom, e.Reason))
            .Describe<ActionCompleted>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActionCompleted, e.HeldOn))
            .Describe<ActionCancelled>(e => SwedishFormat.Format(ProcessPlanTexts.HistoryActionCancelled, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(PlanActionEventTypes.All);
        options.Projections.Snapshot<PlanAction>(SnapshotLifecycle.Inline);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        PlanNewActionEndpoint.Map(api.MapGroup("/plans").WithTags("Processplaner").RequireAuthorization(PlatformPolicies.Write));

        var (reads, writes) = api.MapResource("/actions", "Åtgärder");
        GetActionEndpoint.Map(reads);
        reads.MapHistory("actionId", typeof(PlanAction), ActionStreams.Errors.NotFound, "GetActionHistory", "Åtgärdens historik");

        RescheduleActionEndpoint.Map(writes);
        CompleteActionEndpoint.Map(writes);
        CancelActionEndpoint.Map(writes);
    }
}
