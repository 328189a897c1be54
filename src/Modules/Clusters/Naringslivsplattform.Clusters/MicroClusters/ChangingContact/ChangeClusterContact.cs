namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>Replaces a cluster's contact person, based on the version the caller saw.</summary>
internal sealed record ChangeClusterContact(Guid ClusterId, long ExpectedVersion, ContactRequest Request) : ICommand<Outcome<ClusterResponse>>;

internal sealed class ChangeClusterContactHandler(IDocumentSession session) : ICommandHandler<ChangeClusterContact, Outcome<ClusterResponse>>
{
    public async ValueTask<Outcome<ClusterResponse>> Handle(ChangeClusterContact command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<MicroCluster, ClusterContactChanged>(
            command.ClusterId, command.ExpectedVersion, ClusterStreams.Errors, cluster => MicroClusterRules.ChangeContact(cluster, command.Request), cancellationToken))
        .Map(ClusterResponse.Of);
}

internal static class ChangeClusterContactEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapPut("/{clusterId:guid}/contact", (Guid clusterId, ContactRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterStreams.Errors, version => mediator.Send(new ChangeClusterContact(clusterId, version, request), ct)))
            .WithName("ChangeClusterContact")
            .WithSummary("Byt kontaktperson för ett mikrokluster")
            .WithDescription("Namn krävs; telefon och e-post är frivilliga. Personuppgifter. Kräver If-Match.");
}
