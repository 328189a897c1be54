namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>A micro-cluster as its own stream has built it (inline snapshot).</summary>
internal sealed record MicroCluster(Guid Id, string Name, string? Locality, string? Area, ClusterContact? Contact, IReadOnlyList<ClusterMember> Members)
{
    public static MicroCluster Create(MicroClusterCreated created) =>
        new(created.ClusterId, created.Name, created.Locality, created.Area, created.Contact, []);

    public MicroCluster Apply(MicroClusterRenamed renamed) => this with { Name = renamed.Name };

    public MicroCluster Apply(ClusterContactChanged changed) => this with { Contact = changed.Contact };

    public MicroCluster Apply(ClusterMemberAdded added) =>
        this with { Members = [.. Members, new ClusterMember(added.CompanyId, added.CompanyName)] };

    public MicroCluster Apply(ClusterMemberRemoved removed) =>
        this with { Members = [.. Members.Where(m => m.CompanyId != removed.CompanyId)] };

    public bool HasMember(Guid companyId) => Members.Any(m => m.CompanyId == companyId);
}
