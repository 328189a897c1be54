using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.History;
using Naringslivsplattform.BuildingBlocks.Messaging;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Progress;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters;

/// <summary>What the module wires up, so the module class needs one line per hook.</summary>
internal static class ClustersSlice
{
    /// <summary>The relay's subscription name; keep it once events have been relayed under it.</summary>
    public static readonly string CompanyTiesRelay = CompanyTieRelays.NameFor("clusters");

    /// <summary>
    /// Membership changes become ties on the company page (Companies handles the messages): a company joining is tied,
    /// one leaving is untied, and a renamed cluster ties every member again under its new name.
    /// </summary>
    public static void RelayCompanyTies(IServiceCollection services) =>
        services.RelayEvents(CompanyTiesRelay, relay => relay
            .Publish<ClusterMemberAdded>(e => [Tie(e.CompanyId, e.ClusterId, e.ClusterName)])
            .Publish<ClusterMemberRemoved>(e => [new CompanyUntied(e.CompanyId, e.ClusterId)])
            .Publish<MicroClusterRenamed>(e => e.MemberIds.Select(companyId => Tie(companyId, e.ClusterId, e.Name))));

    public static void Register(StoreOptions options)
    {
        options.Events.AddEventTypes(MicroClusterEventTypes.All);
        options.Events.AddEventTypes(ClusterMeetingEventTypes.All);
        options.Projections.Snapshot<MicroCluster>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<ClusterMeeting>(SnapshotLifecycle.Inline);
        options.Schema.For<ClusterMeeting>().Index(m => m.ClusterId);

        // Personal data is kept in records of its own, so an erasure can blank it and leave the statistics.
        options.Events.AddMaskingRuleForProtectedInformation<MicroClusterCreated>(e => e with { Contact = e.Contact is null ? null : ClusterContact.Erased });
        options.Events.AddMaskingRuleForProtectedInformation<ClusterContactChanged>(e => e with { Contact = ClusterContact.Erased });
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var clusters = api.MapGroup("/clusters").WithTags("Mikrokluster");
        var clusterReads = clusters.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var clusterWrites = clusters.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        GetClusterEndpoint.Map(clusterReads);
        GetClusterProgressEndpoint.Map(clusterReads);
        clusterReads.MapHistory("clusterId", typeof(MicroCluster), GetClusterEndpoint.NotFound, "GetClusterHistory", "Klustrets historik");
        CreateClusterEndpoint.Map(clusterWrites);
        ChangeClusterEndpoints.Map(clusterWrites);

        var meetings = api.MapGroup("/cluster-meetings").WithTags("Klustermöten");
        var meetingReads = meetings.MapGroup("").RequireAuthorization(PlatformPolicies.Read);
        var meetingWrites = meetings.MapGroup("").RequireAuthorization(PlatformPolicies.Write);
        GetMeetingEndpoint.Map(meetingReads);
        meetingReads.MapHistory("meetingId", typeof(ClusterMeeting), GetMeetingEndpoint.NotFound, "GetClusterMeetingHistory", "Klustermötets historik");
        RequestMeetingEndpoint.Map(meetingWrites);
        ChangeMeetingEndpoints.Map(meetingWrites);
    }

    private static CompanyTied Tie(Guid companyId, Guid clusterId, string clusterName) =>
        new(companyId, clusterId, CompanyTieKinds.ClusterMembership, clusterName, $"kluster/{clusterId}");
}
