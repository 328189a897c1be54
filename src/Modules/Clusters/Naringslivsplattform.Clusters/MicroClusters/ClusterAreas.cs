using Naringslivsplattform.BuildingBlocks.Reference;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>Where a cluster is, in Swedish, for its answers, its history and the pages.</summary>
internal static class ClusterAreas
{
    /// <summary>An area's Swedish name; null (no locality) is the whole municipality.</summary>
    public static string Name(string? area) => area is null ? ClustersTexts.AreaWholeMunicipality : LocalityAreas.Name(area);
}
