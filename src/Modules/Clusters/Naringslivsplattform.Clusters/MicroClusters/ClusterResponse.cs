namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>A micro-cluster as the API and the pages show it, with the stream version a change must be based on.</summary>
/// <param name="Area">town, mountain-valleys or countryside; null for a cluster of the whole municipality.</param>
internal sealed record ClusterResponse(
    Guid Id, long Version, string Name, string? Locality, string? Area, string AreaName, ClusterContact? Contact, IReadOnlyList<ClusterMember> Members)
    : IVersionedResponse
{
    public static ClusterResponse Of(Versioned<MicroCluster> cluster) => Of(cluster.Value, cluster.Version);

    public static ClusterResponse Of(MicroCluster cluster, long version) =>
        new(cluster.Id, version, cluster.Name, cluster.Locality, cluster.Area, ClusterAreas.Name(cluster.Area), cluster.Contact, cluster.Members);
}
