using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.Clusters.Reference;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <param name="Locality">A locality from the municipality's list; empty for a cluster of the whole municipality.</param>
internal sealed record CreateClusterRequest(string? Name, string? Locality, ContactRequest? Contact);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the cluster the first request created.</param>
internal sealed record CreateCluster(CreateClusterRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<ClusterResponse>>>;

internal sealed class CreateClusterHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<CreateCluster, Outcome<Started<ClusterResponse>>>
{
    public async ValueTask<Outcome<Started<ClusterResponse>>> Handle(CreateCluster command, CancellationToken cancellationToken) =>
        (await StartAsync(session, IdempotencyKeys.StreamFor(session, operation, ClusterStreams.Kind, command.IdempotencyKey), command.Request, cancellationToken))
        .Map(cluster => cluster.Select(ClusterResponse.Of));

    /// <summary>The one way a cluster is created, by a request or by the seed: its stream is started once, with a name no other cluster has.</summary>
    public static async Task<Outcome<Started<MicroCluster>>> StartAsync(
        IDocumentSession session, StreamToStart stream, CreateClusterRequest request, CancellationToken cancellationToken)
    {
        var others = await ClusterNames.OthersAsync(session, stream.Id, cancellationToken);
        return await session.StartOnceAsync<MicroCluster, MicroClusterCreated>(
            stream, clusterId => MicroClusterRules.Create(clusterId, request, MunicipalityReferences.Of(session.TenantId), others), cancellationToken);
    }
}

internal static class CreateClusterEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapPost("/", (CreateClusterRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/clusters", key => mediator.Send(new CreateCluster(request, key), ct)))
            .WithName("CreateCluster")
            .WithSummary("Lägg till ett mikrokluster")
            .WithDescription("Namn (unikt i kommunen), ort ur kommunens ortslista (utelämnas för ett kluster som gäller hela kommunen) och kontaktperson (namn, telefon, e-post; personuppgifter). Svaret har klustrets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma kluster (Idempotent-Replayed: true).");
}
