namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>The names a cluster's name must differ from: every other cluster of the municipality (a handful).</summary>
internal static class ClusterNames
{
    public static async Task<IReadOnlyCollection<string>> OthersAsync(IQuerySession session, Guid clusterId, CancellationToken cancellationToken) =>
        [.. (await session.Query<MicroCluster>().Where(c => c.Id != clusterId).ToListAsync(cancellationToken)).Select(c => c.Name)];
}
