namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>Takes a member company out of a cluster, based on the version the caller saw.</summary>
internal sealed record RemoveClusterMember(Guid ClusterId, long ExpectedVersion, Guid CompanyId) : ICommand<Outcome<ClusterResponse>>;

internal sealed class RemoveClusterMemberHandler(IDocumentSession session) : ICommandHandler<RemoveClusterMember, Outcome<ClusterResponse>>
{
    public async ValueTask<Outcome<ClusterResponse>> Handle(RemoveClusterMember command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<MicroCluster, ClusterMemberRemoved>(
            command.ClusterId, command.ExpectedVersion, ClusterStreams.Errors, cluster => MicroClusterRules.RemoveMember(cluster, command.CompanyId), cancellationToken))
        .Map(ClusterResponse.Of);
}

internal static class RemoveClusterMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapDelete("/{clusterId:guid}/members/{companyId:guid}", (Guid clusterId, Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterStreams.Errors, version => mediator.Send(new RemoveClusterMember(clusterId, version, companyId), ct)))
            .WithName("RemoveClusterMember")
            .WithSummary("Ta bort ett medlemsföretag ur ett mikrokluster")
            .WithDescription("Kräver If-Match.");
}
