using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

internal sealed record RescheduleUfEventRequest(DateOnly? PlannedOn, string? Reason);

/// <summary>Moves a planned UF event to another day, based on the version the caller saw.</summary>
internal sealed record RescheduleUfEvent(Guid UfEventId, long ExpectedVersion, RescheduleUfEventRequest Request) : ICommand<Outcome<UfEventResponse>>;

internal sealed class RescheduleUfEventHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<RescheduleUfEvent, Outcome<UfEventResponse>>
{
    public async ValueTask<Outcome<UfEventResponse>> Handle(RescheduleUfEvent command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<UfEvent, UfEventRescheduled>(
            command.UfEventId, command.ExpectedVersion, UfEventStreams.Errors,
            ufEvent => UfEventRules.Reschedule(ufEvent, command.Request, SwedishTime.Today(time)), cancellationToken))
        .Map(UfEventResponse.Of);
}

internal static class RescheduleUfEventEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapPost("/{ufEventId:guid}/reschedule", (Guid ufEventId, RescheduleUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, UfEventStreams.Errors, version => mediator.Send(new RescheduleUfEvent(ufEventId, version, request), ct)))
            .WithName("RescheduleUfEvent")
            .WithSummary("Flytta en planerad UF-händelse")
            .WithDescription("Nytt datum och skäl. Kräver If-Match.");
}
