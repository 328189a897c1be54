using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Companies.Resources;

namespace Naringslivsplattform.Companies.Visits;

/// <summary>A visit with its current stream version; null when there is none.</summary>
internal sealed record GetVisit(Guid VisitId) : IQuery<VisitResponse?>;

internal sealed class GetVisitHandler(IQuerySession session) : IQueryHandler<GetVisit, VisitResponse?>
{
    public async ValueTask<VisitResponse?> Handle(GetVisit query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<CompanyVisit>(query.VisitId, cancellationToken) is var (visit, version) ? VisitResponse.Of(visit, version) : null;
}

internal static class GetVisitEndpoint
{
    public static readonly DomainError NotFound = new("visit.not-found", CompaniesTexts.VisitNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/{visitId:guid}", async (Guid visitId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetVisit(visitId), ct) is { } visit ? visit : (Outcome<VisitResponse>)NotFound))
            .WithName("GetVisit")
            .WithSummary("Ett företagsbesök")
            .WithDescription("Besöket med besökare (personuppgifter), status, svar på enkätversionen och anteckningar; versionen i ETag används i If-Match vid ändringar.");
}
