using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <param name="StudentCompanyIds">The UF companies that took part; each must be registered.</param>
internal sealed record HoldUfEventRequest(DateOnly? HeldOn, int? Students, int? Classes, IReadOnlyList<Guid>? StudentCompanyIds, int? Visitors, string? Notes);

/// <summary>Reports a planned UF event as held, with who took part, based on the version the caller saw.</summary>
internal sealed record HoldUfEvent(Guid UfEventId, long ExpectedVersion, HoldUfEventRequest Request) : ICommand<Outcome<UfEventResponse>>;

internal sealed class HoldUfEventHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<HoldUfEvent, Outcome<UfEventResponse>>
{
    public async ValueTask<Outcome<UfEventResponse>> Handle(HoldUfEvent command, CancellationToken cancellationToken)
    {
        var named = (command.Request.StudentCompanyIds ?? []).Distinct().ToList();
        IReadOnlySet<Guid> registered = named.Count == 0
            ? new HashSet<Guid>()
            : (await session.LoadManyAsync<StudentCompany>(cancellationToken, named)).Select(c => c.Id).ToHashSet();
        return (await session.ChangeAsync<UfEvent, UfEventHeld>(
                command.UfEventId, command.ExpectedVersion, UfEventStreams.Errors,
                ufEvent => UfEventRules.Hold(ufEvent, command.Request, registered, SwedishTime.Today(time)), cancellationToken))
            .Map(UfEventResponse.Of);
    }
}

internal static class HoldUfEventEndpoint
{
    public static void Map(IEndpointRouteBuilder ufEvents) =>
        ufEvents.MapPost("/{ufEventId:guid}/hold", (Guid ufEventId, HoldUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, UfEventStreams.Errors, version => mediator.Send(new HoldUfEvent(ufEventId, version, request), ct)))
            .WithName("HoldUfEvent")
            .WithSummary("Rapportera en UF-händelse som genomförd")
            .WithDescription("Dag (inte i framtiden) och deltagande: antal elever, klasser och besökare (0–10 000) och vilka UF-företag som deltog (studentCompanyIds, registrerade UF-företag). Från och med nu räknas händelsen under aktivitet 2.2. Kräver If-Match.");
}
