using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.MicroClusters;

internal sealed record AddMemberRequest(Guid? CompanyId);

/// <summary>Adds a company from the register to a cluster, based on the version the caller saw.</summary>
internal sealed record AddClusterMember(Guid ClusterId, long ExpectedVersion, AddMemberRequest Request) : ICommand<Outcome<ClusterResponse>>;

internal sealed class AddClusterMemberHandler(IDocumentSession session, ICompanyDirectory companies) : ICommandHandler<AddClusterMember, Outcome<ClusterResponse>>
{
    public async ValueTask<Outcome<ClusterResponse>> Handle(AddClusterMember command, CancellationToken cancellationToken)
    {
        var company = command.Request.CompanyId is { } companyId ? (await companies.FindAsync([companyId], cancellationToken)).SingleOrDefault() : null;
        return (await session.ChangeAsync<MicroCluster, ClusterMemberAdded>(
                command.ClusterId, command.ExpectedVersion, ClusterStreams.Errors, cluster => MicroClusterRules.AddMember(cluster, company), cancellationToken))
            .Map(ClusterResponse.Of);
    }
}

internal static class AddClusterMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder clusters) =>
        clusters.MapPost("/{clusterId:guid}/members", (Guid clusterId, AddMemberRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterStreams.Errors, version => mediator.Send(new AddClusterMember(clusterId, version, request), ct)))
            .WithName("AddClusterMember")
            .WithSummary("Lägg till ett medlemsföretag i ett mikrokluster")
            .WithDescription("companyId ur företagsregistret. Företagets sida visar medlemskapet. Kräver If-Match.");
}
