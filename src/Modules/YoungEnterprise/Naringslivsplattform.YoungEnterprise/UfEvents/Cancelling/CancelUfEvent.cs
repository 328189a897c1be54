namespace Naringslivsplattform.YoungEnterprise.UfEvents;

internal sealed record CancelUfEventRequest(string? Reason);

/// <summary>Calls off a planned UF event, with the reason, based on the version the caller saw.</summary>
internal sealed record CancelUfEvent(Guid UfEventId, long ExpectedVersion, CancelUfEventRequest Request) : ICommand<Outcome<UfEventResponse>>;

internal sealed class CancelUfEventHandler(IDocumentSession session) : ICommandHandler<CancelUfEvent, Outcome<UfEventResponse>>
{
    public async ValueTask<Outcome<UfEventResponse>> Handle(CancelUfEvent command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<UfEvent, UfEventCancelled>(
            command.UfEventId, command.ExpectedVersion, UfEventStreams.Errors, ufEvent => UfEventRules.Cancel(ufEvent, command.Request), cancellationToken))
        .Map(UfEventResponse.Of);
}

internal static class CancelUfEventEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapPost("/{ufEventId:guid}/cancel", (Guid ufEventId, CancelUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, UfEventStreams.Errors, version => mediator.Send(new CancelUfEvent(ufEventId, version, request), ct)))
            .WithName("CancelUfEvent")
            .WithSummary("Ställ in en planerad UF-händelse")
            .WithDescription("Skäl krävs. Kräver If-Match.");
}
