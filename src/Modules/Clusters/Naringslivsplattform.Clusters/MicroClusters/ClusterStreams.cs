namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>What every slice of a cluster's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class ClusterStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("cluster", ClustersTexts.ClusterNotFound, ClustersTexts.ClusterVersionStale, ClustersTexts.ClusterVersionRequired);

    /// <summary>The kind of stream in keyed cluster ids (ADR 0007); never change it, or retries stop finding their cluster.</summary>
    public static readonly Guid Kind = new("3e8d1f52-6a0b-4c7d-8e9f-a1b2c3d4e462");
}
