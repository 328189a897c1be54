namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>A cluster's contact person. Personal data: held in this record only, so masking can blank it without touching the rest.</summary>
internal sealed record ClusterContact(string Name, string? Phone, string? Email)
{
    public static readonly ClusterContact Erased = new("(raderad)", null, null);
}

/// <summary>A company in a cluster, with its name as registered when it joined.</summary>
internal sealed record ClusterMember(Guid CompanyId, string CompanyName);

/// <param name="Locality">A locality from the municipality's list; null for a cluster of the whole municipality.</param>
/// <param name="Area">The locality's area; null for the whole municipality.</param>
internal sealed record MicroClusterCreated(Guid ClusterId, string Name, string? Locality, string? Area, ClusterContact? Contact);

/// <param name="MemberIds">The members when renamed, so their company pages can be told the new name.</param>
internal sealed record MicroClusterRenamed(Guid ClusterId, string Name, IReadOnlyList<Guid> MemberIds);

internal sealed record ClusterContactChanged(Guid ClusterId, ClusterContact Contact);

/// <param name="ClusterName">The cluster's name when the company joined, for the company page.</param>
internal sealed record ClusterMemberAdded(Guid ClusterId, string ClusterName, Guid CompanyId, string CompanyName);

internal sealed record ClusterMemberRemoved(Guid ClusterId, Guid CompanyId);

internal static class MicroClusterEventTypes
{
    public static readonly Type[] All =
        [typeof(MicroClusterCreated), typeof(MicroClusterRenamed), typeof(ClusterContactChanged), typeof(ClusterMemberAdded), typeof(ClusterMemberRemoved)];
}
