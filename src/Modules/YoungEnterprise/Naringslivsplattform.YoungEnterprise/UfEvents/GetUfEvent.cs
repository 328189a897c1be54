using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.YoungEnterprise.Resources;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>A UF event with its current stream version; null when there is none.</summary>
internal sealed record GetUfEvent(Guid UfEventId) : IQuery<UfEventResponse?>;

internal sealed class GetUfEventHandler(IQuerySession session) : IQueryHandler<GetUfEvent, UfEventResponse?>
{
    public async ValueTask<UfEventResponse?> Handle(GetUfEvent query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<UfEvent>(query.UfEventId, cancellationToken) is var (ufEvent, version) ? UfEventResponse.Of(ufEvent, version) : null;
}

internal static class GetUfEventEndpoint
{
    public static readonly DomainError NotFound = new("uf-event.not-found", YoungEnterpriseTexts.UfEventNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapGet("/{ufEventId:guid}", async (Guid ufEventId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetUfEvent(ufEventId), ct) is { } found ? found : (Outcome<UfEventResponse>)NotFound))
            .WithName("GetUfEvent")
            .WithSummary("En UF-händelse")
            .WithDescription("Händelsen med slag, skola, datum, status och deltagande; versionen i ETag används i If-Match vid ändringar.");
}
