using JasperFx.Events.Projections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Modules;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>The micro-clusters: seeded from the plan, created, renamed, their contact person and their member companies, each cluster its own stream.</summary>
internal sealed class MicroClustersFeature : IModuleFeature
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.DescribeEvents(events => events
            .Describe<MicroClusterCreated>(e => SwedishFormat.Format(ClustersTexts.HistoryClusterCreated, e.Name, ClusterAreas.Name(e.Area)))
            .Describe<MicroClusterRenamed>(e => SwedishFormat.Format(ClustersTexts.HistoryClusterRenamed, e.Name))
            .Describe<ClusterContactChanged>(_ => ClustersTexts.HistoryContactChanged)
            .Describe<ClusterMemberAdded>(e => SwedishFormat.Format(ClustersTexts.HistoryMemberAdded, e.CompanyName))
            .Describe<ClusterMemberRemoved>(_ => ClustersTexts.HistoryMemberRemoved));

        // Membership shows on the company page (Companies handles the messages): a company joining is tied, one leaving
        // is untied, and a renamed cluster ties every member again under its new name.
        services.RelayEvents(CompanyTieRelays.NameFor("clusters"), relay => relay
            .Publish<ClusterMemberAdded>(e => [Tie(e.CompanyId, e.ClusterId, e.ClusterName)])
            .Publish<ClusterMemberRemoved>(e => [new CompanyUntied(e.CompanyId, e.ClusterId)])
            .Publish<MicroClusterRenamed>(e => e.MemberIds.Select(companyId => Tie(companyId, e.ClusterId, e.Name))));

        services.AddHostedService<SeededClustersOnStartup>();
    }

    public void ConfigureEventStore(StoreOptions options)
    {
        options.Events.AddEventTypes(MicroClusterEventTypes.All);
        options.Projections.Snapshot<MicroCluster>(SnapshotLifecycle.Inline);

        // Personal data is kept in records of its own, so an erasure can blank it and leave the statistics.
        options.Events.AddMaskingRuleForProtectedInformation<MicroClusterCreated>(e => e with { Contact = e.Contact is null ? null : ClusterContact.Erased });
        options.Events.AddMaskingRuleForProtectedInformation<ClusterContactChanged>(e => e with { Contact = ClusterContact.Erased });
    }

    public void MapEndpoints(IEndpointRouteBuilder app, IEndpointRouteBuilder api)
    {
        var (reads, writes) = api.MapResource("/clusters", "Mikrokluster");
        GetClusterEndpoint.Map(reads);
        reads.MapHistory("clusterId", typeof(MicroCluster), ClusterStreams.Errors.NotFound, "GetClusterHistory", "Klustrets historik");

        CreateClusterEndpoint.Map(writes);
        RenameClusterEndpoint.Map(writes);
        ChangeClusterContactEndpoint.Map(writes);
        AddClusterMemberEndpoint.Map(writes);
        RemoveClusterMemberEndpoint.Map(writes);
    }

    private static CompanyTied Tie(Guid companyId, Guid clusterId, string clusterName) =>
        new(companyId, clusterId, CompanyTieKinds.ClusterMembership, clusterName, $"kluster/{clusterId}");
}
