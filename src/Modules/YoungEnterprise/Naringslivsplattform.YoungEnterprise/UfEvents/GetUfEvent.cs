namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>A UF event with its current stream version; null when there is none.</summary>
internal sealed record GetUfEvent(Guid UfEventId) : IQuery<UfEventResponse?>;

internal sealed class GetUfEventHandler(IQuerySession session) : IQueryHandler<GetUfEvent, UfEventResponse?>
{
    public async ValueTask<UfEventResponse?> Handle(GetUfEvent query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<UfEvent>(query.UfEventId, cancellationToken) is { } ufEvent ? UfEventResponse.Of(ufEvent) : null;
}

internal static class GetUfEventEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapGet("/{ufEventId:guid}", async (Guid ufEventId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetUfEvent(ufEventId), ct), UfEventStreams.Errors))
            .WithName("GetUfEvent")
            .WithSummary("En UF-händelse")
            .WithDescription("Händelsen med slag, skola, datum, status och deltagande; versionen i ETag används i If-Match vid ändringar.");
}
