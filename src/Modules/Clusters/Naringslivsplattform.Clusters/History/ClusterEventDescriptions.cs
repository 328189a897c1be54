using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Resources;

namespace Naringslivsplattform.Clusters.History;

/// <summary>What the Clusters module's events mean, in one Swedish sentence each, for every history panel and endpoint.</summary>
internal sealed class ClusterEventDescriptions : IEventDescriptions
{
    private static readonly Dictionary<Type, Func<object, string>> ByType = new()
    {
        [typeof(MicroClusterCreated)] = Of<MicroClusterCreated>(e => ClusterTexts.Format(ClustersTexts.HistoryClusterCreated, e.Name, ClusterTexts.AreaName(e.Area))),
        [typeof(MicroClusterRenamed)] = Of<MicroClusterRenamed>(e => ClusterTexts.Format(ClustersTexts.HistoryClusterRenamed, e.Name)),
        [typeof(ClusterContactChanged)] = Of<ClusterContactChanged>(_ => ClustersTexts.HistoryContactChanged),
        [typeof(ClusterMemberAdded)] = Of<ClusterMemberAdded>(e => ClusterTexts.Format(ClustersTexts.HistoryMemberAdded, e.CompanyName)),
        [typeof(ClusterMemberRemoved)] = Of<ClusterMemberRemoved>(_ => ClustersTexts.HistoryMemberRemoved),
        [typeof(ClusterMeetingRequested)] = Of<ClusterMeetingRequested>(e => ClusterTexts.Format(ClustersTexts.HistoryMeetingRequested, e.ClusterName, ClusterTexts.Day(e.ReceivedOn))),
        [typeof(ClusterMeetingDeclined)] = Of<ClusterMeetingDeclined>(e => ClusterTexts.Format(ClustersTexts.HistoryMeetingDeclined, e.Reason)),
        [typeof(ClusterMeetingScheduled)] = Of<ClusterMeetingScheduled>(e => ClusterTexts.Format(ClustersTexts.HistoryMeetingScheduled, ClusterTexts.Day(e.ScheduledOn), e.Locality)),
        [typeof(ClusterMeetingRescheduled)] = Of<ClusterMeetingRescheduled>(e => ClusterTexts.Format(ClustersTexts.HistoryMeetingRescheduled, ClusterTexts.Day(e.ScheduledOn))),
        [typeof(ClusterMeetingHeld)] = Of<ClusterMeetingHeld>(e => ClusterTexts.Format(ClustersTexts.HistoryMeetingHeld, ClusterTexts.Day(e.HeldOn), e.Issues.Count)),
        [typeof(ClusterMeetingCancelled)] = Of<ClusterMeetingCancelled>(e => ClusterTexts.Format(ClustersTexts.HistoryMeetingCancelled, e.Reason)),
    };

    public string? Describe(object data) => ByType.TryGetValue(data.GetType(), out var describe) ? describe(data) : null;

    private static Func<object, string> Of<TEvent>(Func<TEvent, string> describe) => data => describe((TEvent)data);
}
