using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Schools.Contracts;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the event the first request planned.</param>
internal sealed record PlanUfEvent(PlanUfEventRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<UfEventResponse>>>;

internal sealed class PlanUfEventHandler(IDocumentSession session, OperationContext operation, ISchoolDirectory schools, IPlanActivityDirectory plans, TimeProvider time)
    : ICommandHandler<PlanUfEvent, Outcome<Started<UfEventResponse>>>
{
    /// <summary>What keyed UF event streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid Scope = new("8a5e2f1b-4c7d-4e93-a1b6-2f0c9d3e2462");

    public async ValueTask<Outcome<Started<UfEventResponse>>> Handle(PlanUfEvent command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var school = request.SchoolId is { } schoolId ? await schools.FindAsync(schoolId, cancellationToken) : null;
        var served = request.PlannedOn is { } day ? await plans.FindAsync(UfEventPlanned.ServedActivity, day, cancellationToken) : null;
        return await session.StartAsync<UfEvent, UfEventPlanned, UfEventResponse>(
            Scope, operation.UserName, command.IdempotencyKey,
            id => UfEventDecisions.Plan(id, request, school, served?.PlanId, SwedishTime.Today(time)),
            UfEvent.Create, UfEventResponse.Of, cancellationToken);
    }
}

internal static class PlanUfEventEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapPost("/", (PlanUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                KeyedCreates.SendAsync(http, "/api/v1/uf-events", key => mediator.Send(new PlanUfEvent(request, key), ct)))
            .WithName("PlanUfEvent")
            .WithSummary("Planera en UF-händelse")
            .WithDescription("Slag (PrimarySchoolUfDay = UF-dag i grundskolan, enligt planen 21 augusti; UpperSecondarySchoolVisit = skolbesök på gymnasiet, kräver en gymnasieskola; UfCompanyActivity = aktivitet för unga som driver UF-företag; UfFair = UF-mässa), datum, skola ur skolregistret där det passar, rubrik, ort, ansvarig och beskrivning. Händelsen räknas under aktivitet 2.2 i den processplan som gäller på dagen. Svaret har versionen i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma händelse (Idempotent-Replayed: true).");
}
