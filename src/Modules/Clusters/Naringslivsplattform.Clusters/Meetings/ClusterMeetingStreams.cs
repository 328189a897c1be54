namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>What every slice of a cluster meeting's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class ClusterMeetingStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("cluster-meeting", ClustersTexts.MeetingNotFound, ClustersTexts.MeetingVersionStale, ClustersTexts.MeetingVersionRequired);

    /// <summary>The kind of stream in keyed meeting ids (ADR 0007); never change it, or retries stop finding their meeting.</summary>
    public static readonly Guid Kind = new("6b2f8d40-1c3e-4a5b-9d7f-e0a2c4b6d462");
}
