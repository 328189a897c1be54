using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.YoungEnterprise.Resources;
using Naringslivsplattform.YoungEnterprise.StudentCompanies;

namespace Naringslivsplattform.YoungEnterprise.UfEvents;

/// <summary>
/// A change to a UF event, based on the version the caller saw; the decision gets which of the named UF companies are
/// registered, and today.
/// </summary>
internal sealed record ChangeUfEvent(
    Guid UfEventId, long ExpectedVersion, IReadOnlyList<Guid> StudentCompanyIds, Func<UfEvent, IReadOnlySet<Guid>, DateOnly, Outcome<object>> Decide)
    : ICommand<Outcome<UfEventResponse>>;

internal sealed class ChangeUfEventHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ChangeUfEvent, Outcome<UfEventResponse>>
{
    public async ValueTask<Outcome<UfEventResponse>> Handle(ChangeUfEvent command, CancellationToken cancellationToken)
    {
        var registered = command.StudentCompanyIds.Count == 0
            ? []
            : (await session.LoadManyAsync<StudentCompany>(cancellationToken, command.StudentCompanyIds.Distinct())).Select(c => c.Id).ToHashSet();
        var changed = await session.DecideAndAppendAsync<UfEvent>(
            command.UfEventId, command.ExpectedVersion,
            GetUfEventEndpoint.NotFound,
            new DomainError("uf-event.version-stale", YoungEnterpriseTexts.UfEventVersionStale, StatusCodes.Status412PreconditionFailed),
            ufEvent => command.Decide(ufEvent, registered, SwedishTime.Today(time)),
            cancellationToken);
        return changed.Error is { } error ? error : UfEventResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeUfEventEndpoints
{
    public static void Map(IEndpointRouteBuilder ufEvents)
    {
        ufEvents.MapPost("/{ufEventId:guid}/reschedule", (Guid ufEventId, RescheduleUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(ufEventId, [], http, mediator, (e, _, today) => UfEventDecisions.Reschedule(e, request, today).Widen(), ct))
            .WithName("RescheduleUfEvent")
            .WithSummary("Flytta en planerad UF-händelse")
            .WithDescription("Nytt datum och skäl. Kräver If-Match.");
        ufEvents.MapPost("/{ufEventId:guid}/hold", (Guid ufEventId, HoldUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(ufEventId, request.StudentCompanyIds ?? [], http, mediator, (e, registered, today) => UfEventDecisions.Hold(e, request, registered, today).Widen(), ct))
            .WithName("HoldUfEvent")
            .WithSummary("Rapportera en UF-händelse som genomförd")
            .WithDescription("Dag (inte i framtiden) och deltagande: antal elever, klasser och besökare (0–10 000) och vilka UF-företag som deltog (studentCompanyIds, registrerade UF-företag). Från och med nu räknas händelsen under aktivitet 2.2. Kräver If-Match.");
        ufEvents.MapPost("/{ufEventId:guid}/cancel", (Guid ufEventId, CancelUfEventRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(ufEventId, [], http, mediator, (e, _, _) => UfEventDecisions.Cancel(e, request).Widen(), ct))
            .WithName("CancelUfEvent")
            .WithSummary("Ställ in en planerad UF-händelse")
            .WithDescription("Skäl krävs. Kräver If-Match.");
    }

    private static Task<Results<Ok<UfEventResponse>, ProblemHttpResult>> SendAsync(
        Guid ufEventId, IReadOnlyList<Guid> studentCompanyIds, HttpContext http, IMediator mediator, Func<UfEvent, IReadOnlySet<Guid>, DateOnly, Outcome<object>> decide,
        CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("uf-event.version-required", YoungEnterpriseTexts.UfEventVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeUfEvent(ufEventId, expectedVersion, studentCompanyIds, decide), ct));
}
