using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Visits;

/// <param name="Visitors">Who will go; left out, the visitors stay as planned.</param>
internal sealed record RescheduleVisitRequest(DateOnly? PlannedOn, IReadOnlyList<VisitorRequest>? Visitors, string? Reason);

/// <summary>Moves a planned visit to another day, based on the version the caller saw.</summary>
internal sealed record RescheduleVisit(Guid VisitId, long ExpectedVersion, RescheduleVisitRequest Request) : ICommand<Outcome<VisitResponse>>;

internal sealed class RescheduleVisitHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<RescheduleVisit, Outcome<VisitResponse>>
{
    public async ValueTask<Outcome<VisitResponse>> Handle(RescheduleVisit command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<CompanyVisit, CompanyVisitRescheduled>(
            command.VisitId, command.ExpectedVersion, VisitStreams.Errors,
            visit => CompanyVisitRules.Reschedule(visit, command.Request, SwedishTime.Today(time)),
            cancellationToken))
        .Map(VisitResponse.Of);
}

internal static class RescheduleVisitEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{visitId:guid}/reschedule", (Guid visitId, RescheduleVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, VisitStreams.Errors, version => mediator.Send(new RescheduleVisit(visitId, version, request), ct)))
            .WithName("RescheduleVisit")
            .WithSummary("Flytta ett planerat företagsbesök")
            .WithDescription("Nytt datum, besökare (utelämnas för att behålla dem) och skäl. Kräver If-Match.");
}
