using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>A visit with its current stream version (the version a change must be based on); null when there is none.</summary>
internal sealed record GetVisit(Guid VisitId) : IQuery<VisitResponse?>;

internal sealed class GetVisitHandler(IQuerySession session) : IQueryHandler<GetVisit, VisitResponse?>
{
    public async ValueTask<VisitResponse?> Handle(GetVisit query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<CompanyVisit>(query.VisitId, cancellationToken) is { } visit ? VisitResponse.Of(visit) : null;
}

internal static class GetVisitEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/{visitId:guid}", async (Guid visitId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetVisit(visitId), ct), VisitStreams.Errors))
            .WithName("GetVisit")
            .WithSummary("Ett företagsbesök")
            .WithDescription("Besöket med besökare (personuppgifter), status, svar på enkätversionen och anteckningar; versionen i ETag används i If-Match vid ändringar.");
}
