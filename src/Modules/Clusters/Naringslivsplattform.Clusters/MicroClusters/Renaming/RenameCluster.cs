namespace Naringslivsplattform.Clusters.MicroClusters;

internal sealed record RenameClusterRequest(string? Name);

/// <summary>Gives a cluster a new name no other cluster of the municipality has, based on the version the caller saw.</summary>
internal sealed record RenameCluster(Guid ClusterId, long ExpectedVersion, RenameClusterRequest Request) : ICommand<Outcome<ClusterResponse>>;

internal sealed class RenameClusterHandler(IDocumentSession session) : ICommandHandler<RenameCluster, Outcome<ClusterResponse>>
{
    public async ValueTask<Outcome<ClusterResponse>> Handle(RenameCluster command, CancellationToken cancellationToken)
    {
        var others = await ClusterNames.OthersAsync(session, command.ClusterId, cancellationToken);
        return (await session.ChangeAsync<MicroCluster, MicroClusterRenamed>(
                command.ClusterId, command.ExpectedVersion, ClusterStreams.Errors, cluster => MicroClusterRules.Rename(cluster, command.Request, others), cancellationToken))
            .Map(ClusterResponse.Of);
    }
}

internal static class RenameClusterEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapPost("/{clusterId:guid}/rename", (Guid clusterId, RenameClusterRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterStreams.Errors, version => mediator.Send(new RenameCluster(clusterId, version, request), ct)))
            .WithName("RenameCluster")
            .WithSummary("Byt namn på ett mikrokluster")
            .WithDescription("Nytt namn, unikt i kommunen. Möten som redan planerats behåller namnet de fick. Kräver If-Match.");
}
