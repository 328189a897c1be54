using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Clusters.Demo;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Progress;

namespace Naringslivsplattform.Clusters;

/// <summary>Micro-clusters (activity 1.2): the clusters, their member companies from the register, and meetings held on a cluster's request.</summary>
public sealed class ClustersModule : IModule
{
    public string Name => "Clusters";

    public IReadOnlyList<IModuleFeature> Features { get; } = [new MicroClustersFeature(), new ClusterMeetingsFeature(), new ClusterProgressFeature(), new DemoFeature()];

    public IReadOnlyList<NavigationEntry> Navigation =>
        [new(ClustersTexts.Nav, "kluster", Icons.Material.Filled.Hub, PlatformPolicies.Read)];
}
