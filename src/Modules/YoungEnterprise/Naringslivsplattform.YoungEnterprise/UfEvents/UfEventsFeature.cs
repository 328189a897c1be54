using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>UF events such as the primary-school UF day: planned under activity 2.2, rescheduled, held with participation or cancelled; each its own stream.</summary>
internal sealed class UfEventsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<UfEventPlanned>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryUfEventPlanned, e.Title, SwedishFormat.Day(e.PlannedOn)))
            .Describe<UfEventRescheduled>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryUfEventRescheduled, SwedishFormat.Day(e.PlannedOn)))
            .Describe<UfEventHeld>(e => SwedishFormat.Format(
                YoungEnterpriseTexts.HistoryUfEventHeld, SwedishFormat.Day(e.HeldOn), e.Participation.Students, e.Participation.Classes,
                e.Participation.StudentCompanyIds.Count, e.Participation.Visitors))
            .Describe<UfEventCancelled>(e => SwedishFormat.Format(YoungEnterpriseTexts.HistoryUfEventCancelled, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(UfEventEventTypes.All);
        options.Projections.Snapshot<UfEvent>(SnapshotLifecycle.Inline);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/uf-events", "UF-händelser");
        ListUfEventsEndpoint.Map(reads);
        GetUfEventEndpoint.Map(reads);
        reads.MapHistory("ufEventId", typeof(UfEvent), UfEventStreams.Errors.NotFound, "GetUfEventHistory", "UF-händelsens historik");

        PlanUfEventEndpoint.Map(writes);
        RescheduleUfEventEndpoint.Map(writes);
        HoldUfEventEndpoint.Map(writes);
        CancelUfEventEndpoint.Map(writes);
    }
}
