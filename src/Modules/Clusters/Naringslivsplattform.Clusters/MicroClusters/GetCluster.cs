using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>A cluster with its current stream version; null when there is none.</summary>
internal sealed record GetCluster(Guid ClusterId) : IQuery<ClusterResponse?>;

/// <summary>The municipality's clusters by name.</summary>
internal sealed record ListClusters : IQuery<IReadOnlyList<ClusterResponse>>;

internal sealed class GetClusterHandler(IQuerySession session) : IQueryHandler<GetCluster, ClusterResponse?>, IQueryHandler<ListClusters, IReadOnlyList<ClusterResponse>>
{
    public async ValueTask<ClusterResponse?> Handle(GetCluster query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<MicroCluster>(query.ClusterId, cancellationToken) is { } cluster ? ClusterResponse.Of(cluster) : null;

    /// <summary>A municipality has a handful of clusters, so each one's version is read on its own.</summary>
    public async ValueTask<IReadOnlyList<ClusterResponse>> Handle(ListClusters query, CancellationToken cancellationToken)
    {
        var clusters = await session.Query<MicroCluster>().ToListAsync(cancellationToken);
        var listed = new List<ClusterResponse>();
        foreach (var cluster in clusters.OrderBy(c => c.Name, StringComparer.Create(SwedishFormat.Culture, ignoreCase: true)))
        {
            var state = await session.Events.FetchStreamStateAsync(cluster.Id, cancellationToken);
            listed.Add(ClusterResponse.Of(cluster, state?.Version ?? 0));
        }

        return listed;
    }
}

internal static class GetClusterEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters)
    {
        clusters.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListClusters(), ct)))
            .WithName("ListClusters")
            .WithSummary("Mikrokluster")
            .WithDescription("Kommunens mikrokluster i namnordning, med ort, område, kontaktperson och medlemsföretag. Varje kluster har sin version.");
        clusters.MapGet("/{clusterId:guid}", async (Guid clusterId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetCluster(clusterId), ct), ClusterStreams.Errors))
            .WithName("GetCluster")
            .WithSummary("Ett mikrokluster")
            .WithDescription("Klustret med ort, område, kontaktperson (personuppgifter) och medlemsföretag; versionen i ETag används i If-Match vid ändringar.");
    }
}
