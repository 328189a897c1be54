using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Clusters.Resources;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.MicroClusters;

/// <summary>What a cluster change may check against: the other clusters' names and the company named, if any, as registered.</summary>
internal sealed record ClusterSurroundings(IReadOnlyCollection<string> OtherNames, CompanyReference? Company);

/// <summary>A change to a cluster, based on the version the caller saw.</summary>
internal sealed record ChangeCluster(Guid ClusterId, long ExpectedVersion, Guid? CompanyId, Func<MicroCluster, ClusterSurroundings, Outcome<object>> Decide)
    : ICommand<Outcome<ClusterResponse>>;

internal sealed class ChangeClusterHandler(IDocumentSession session, ICompanyDirectory companies) : ICommandHandler<ChangeCluster, Outcome<ClusterResponse>>
{
    public async ValueTask<Outcome<ClusterResponse>> Handle(ChangeCluster command, CancellationToken cancellationToken)
    {
        var others = await ClusterNames.OthersAsync(session, command.ClusterId, cancellationToken);
        var company = command.CompanyId is { } id ? (await companies.FindAsync([id], cancellationToken)).SingleOrDefault() : null;
        var changed = await session.DecideAndAppendAsync<MicroCluster>(
            command.ClusterId, command.ExpectedVersion,
            GetClusterEndpoint.NotFound,
            new DomainError("cluster.version-stale", ClustersTexts.ClusterVersionStale, StatusCodes.Status412PreconditionFailed),
            cluster => command.Decide(cluster, new ClusterSurroundings(others, company)),
            cancellationToken);
        return changed.Error is { } error ? error : ClusterResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeClusterEndpoints
{
    public static void Map(IEndpointRouteBuilder clusters)
    {
        clusters.MapPost("/{clusterId:guid}/rename", (Guid clusterId, RenameClusterRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(clusterId, null, http, mediator, (cluster, around) => MicroClusterDecisions.Rename(cluster, request, around.OtherNames).Widen(), ct))
            .WithName("RenameCluster")
            .WithSummary("Byt namn på ett mikrokluster")
            .WithDescription("Nytt namn, unikt i kommunen. Möten som redan planerats behåller namnet de fick. Kräver If-Match.");
        clusters.MapPut("/{clusterId:guid}/contact", (Guid clusterId, ContactRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(clusterId, null, http, mediator, (cluster, _) => MicroClusterDecisions.ChangeContact(cluster, request).Widen(), ct))
            .WithName("ChangeClusterContact")
            .WithSummary("Byt kontaktperson för ett mikrokluster")
            .WithDescription("Namn krävs; telefon och e-post är frivilliga. Personuppgifter. Kräver If-Match.");
        clusters.MapPost("/{clusterId:guid}/members", (Guid clusterId, AddMemberRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                request.CompanyId is null
                    ? Task.FromResult<Results<Ok<ClusterResponse>, ProblemHttpResult>>(MicroClusterDecisions.UnknownCompany.ToProblem())
                    : SendAsync(clusterId, request.CompanyId, http, mediator, (cluster, around) => MicroClusterDecisions.AddMember(cluster, around.Company).Widen(), ct))
            .WithName("AddClusterMember")
            .WithSummary("Lägg till ett medlemsföretag i ett mikrokluster")
            .WithDescription("companyId ur företagsregistret. Företagets sida visar medlemskapet. Kräver If-Match.");
        clusters.MapDelete("/{clusterId:guid}/members/{companyId:guid}", (Guid clusterId, Guid companyId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(clusterId, null, http, mediator, (cluster, _) => MicroClusterDecisions.RemoveMember(cluster, companyId).Widen(), ct))
            .WithName("RemoveClusterMember")
            .WithSummary("Ta bort ett medlemsföretag ur ett mikrokluster")
            .WithDescription("Kräver If-Match.");
    }

    public static readonly DomainError VersionRequired = new("cluster.version-required", ClustersTexts.ClusterVersionRequired, StatusCodes.Status428PreconditionRequired);

    private static Task<Results<Ok<ClusterResponse>, ProblemHttpResult>> SendAsync(
        Guid clusterId, Guid? companyId, HttpContext http, IMediator mediator, Func<MicroCluster, ClusterSurroundings, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(http, VersionRequired, expectedVersion => mediator.Send(new ChangeCluster(clusterId, expectedVersion, companyId, decide), ct));
}
