using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Clusters.Reference;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the cluster the first request created.</param>
internal sealed record CreateCluster(CreateClusterRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<ClusterResponse>>;

internal sealed class CreateClusterHandler(IDocumentSession session, OperationContext operation) : ICommandHandler<CreateCluster, Outcome<ClusterResponse>>
{
    /// <summary>What keyed cluster streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid CreateScope = new("3e8d1f52-6a0b-4c7d-8e9f-a1b2c3d4e462");

    public async ValueTask<Outcome<ClusterResponse>> Handle(CreateCluster command, CancellationToken cancellationToken)
    {
        var keyed = command.IdempotencyKey is not null;
        var clusterId = keyed ? IdempotentStarts.StreamIdFor(CreateScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var others = await ClusterNames.OthersAsync(session, clusterId, cancellationToken);
        var decision = MicroClusterDecisions.Create(clusterId, command.Request, MunicipalityReferences.Of(session.TenantId), others);
        return decision.Value is { } created ? await StartAsync(session, created, keyed, cancellationToken) : decision.Error!;
    }

    /// <summary>Starts the cluster's stream; with a key, the cluster an earlier request with the same key started is the answer.</summary>
    public static Task<Outcome<ClusterResponse>> StartAsync(IDocumentSession session, MicroClusterCreated created, bool keyed, CancellationToken cancellationToken) =>
        KeyedStarts.StartAsync<MicroCluster, ClusterResponse>(session, created.ClusterId, created, keyed, () => MicroCluster.Create(created), ClusterResponse.Of, cancellationToken);
}

/// <summary>The names a cluster's name must differ from: every other cluster of the municipality (a handful).</summary>
internal static class ClusterNames
{
    public static async Task<IReadOnlyCollection<string>> OthersAsync(IQuerySession session, Guid clusterId, CancellationToken cancellationToken) =>
        [.. (await session.Query<MicroCluster>().Where(c => c.Id != clusterId).ToListAsync(cancellationToken)).Select(c => c.Name)];
}

internal static class CreateClusterEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapPost("/", async Task<Results<Created<ClusterResponse>, ProblemHttpResult>> (CreateClusterRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey
                    ? invalidKey.ToProblem()
                    : VersionedResults.Created(http, await mediator.Send(new CreateCluster(request, key), ct), "/api/v1/clusters"))
            .WithName("CreateCluster")
            .WithSummary("Lägg till ett mikrokluster")
            .WithDescription("Namn (unikt i kommunen), ort ur kommunens ortslista (utelämnas för ett kluster som gäller hela kommunen) och kontaktperson (namn, telefon, e-post; personuppgifter). Svaret har klustrets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma kluster.");
}
