using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>Meetings on a cluster's request: requested, then declined, or scheduled, rescheduled, held or cancelled; each its own stream.</summary>
internal sealed class ClusterMeetingsFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.DescribeEvents(events => events
            .Describe<ClusterMeetingRequested>(e => SwedishFormat.Format(ClustersTexts.HistoryMeetingRequested, e.ClusterName, SwedishFormat.Day(e.ReceivedOn)))
            .Describe<ClusterMeetingDeclined>(e => SwedishFormat.Format(ClustersTexts.HistoryMeetingDeclined, e.Reason))
            .Describe<ClusterMeetingScheduled>(e => SwedishFormat.Format(ClustersTexts.HistoryMeetingScheduled, SwedishFormat.Day(e.ScheduledOn), e.Locality))
            .Describe<ClusterMeetingRescheduled>(e => SwedishFormat.Format(ClustersTexts.HistoryMeetingRescheduled, SwedishFormat.Day(e.ScheduledOn)))
            .Describe<ClusterMeetingHeld>(e => SwedishFormat.Format(ClustersTexts.HistoryMeetingHeld, SwedishFormat.Day(e.HeldOn), e.Issues.Count))
            .Describe<ClusterMeetingCancelled>(e => SwedishFormat.Format(ClustersTexts.HistoryMeetingCancelled, e.Reason)));

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(ClusterMeetingEventTypes.All);
        options.Projections.Snapshot<ClusterMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<ClusterMeeting>().Index(m => m.ClusterId);
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/cluster-meetings", "Klustermöten");
        GetMeetingEndpoint.Map(reads);
        reads.MapHistory("meetingId", typeof(ClusterMeeting), ClusterMeetingStreams.Errors.NotFound, "GetClusterMeetingHistory", "Klustermötets historik");

        RequestClusterMeetingEndpoint.Map(writes);
        ScheduleClusterMeetingEndpoint.Map(writes);
        RescheduleClusterMeetingEndpoint.Map(writes);
        HoldClusterMeetingEndpoint.Map(writes);
        DeclineClusterMeetingEndpoint.Map(writes);
        CancelClusterMeetingEndpoint.Map(writes);
    }
}
