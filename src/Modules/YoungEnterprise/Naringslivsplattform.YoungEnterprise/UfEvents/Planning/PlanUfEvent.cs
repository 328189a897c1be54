using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <param name="Kind">PrimarySchoolUfDay, UpperSecondarySchoolVisit, UfCompanyActivity or UfFair.</param>
/// <param name="Title">Left out: the kind's Swedish name and the school's.</param>
internal sealed record PlanUfEventRequest(string? Kind, DateOnly? PlannedOn, Guid? SchoolId, string? Title, string? Locality, string? Responsible, string? Description);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the event the first request planned.</param>
internal sealed record PlanUfEvent(PlanUfEventRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<UfEventResponse>>>;

internal sealed class PlanUfEventHandler(IDocumentSession session, OperationContext operation, ISchoolDirectory schools, IPlanActivityDirectory plans, TimeProvider time)
    : ICommandHandler<PlanUfEvent, Outcome<Started<UfEventResponse>>>
{
    public async ValueTask<Outcome<Started<UfEventResponse>>> Handle(PlanUfEvent command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var school = request.SchoolId is { } schoolId ? await schools.FindAsync(schoolId, cancellationToken) : null;
        var served = request.PlannedOn is { } day ? await plans.FindAsync(UfEventPlanned.ServedActivity, day, cancellationToken) : null;
        var started = await session.StartOnceAsync<UfEvent, UfEventPlanned>(
            IdempotencyKeys.StreamFor(session, operation, UfEventStreams.Kind, command.IdempotencyKey),
            ufEventId => UfEventRules.Plan(ufEventId, request, school, served?.PlanId, SwedishTime.Today(time)),
            cancellationToken);
        return started.Map(ufEvent => ufEvent.Select(UfEventResponse.Of));
    }
}

internal static class PlanUfEventEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapPost("/", (PlanUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/uf-events", key => mediator.Send(new PlanUfEvent(request, key), ct)))
            .WithName("PlanUfEvent")
            .WithSummary("Planera en UF-händelse")
            .WithDescription("Slag (PrimarySchoolUfDay = UF-dag i grundskolan, enligt planen 21 augusti; UpperSecondarySchoolVisit = skolbesök på gymnasiet, kräver en gymnasieskola; UfCompanyActivity = aktivitet för unga som driver UF-företag; UfFair = UF-mässa), datum, skola ur skolregistret där det passar, rubrik, ort, ansvarig och beskrivning. Händelsen räknas under aktivitet 2.2 i den processplan som gäller på dagen. Svaret har versionen i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma händelse (Idempotent-Replayed: true).");
}
