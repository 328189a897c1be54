using Naringslivsplattform.BuildingBlocks.Writing;

namespace Naringslivsplattform.Companies.Visits;

internal sealed record CancelVisitRequest(string? Reason);

/// <summary>Calls off a planned visit, with the reason, based on the version the caller saw.</summary>
internal sealed record CancelVisit(Guid VisitId, long ExpectedVersion, CancelVisitRequest Request) : ICommand<Outcome<VisitResponse>>;

internal sealed class CancelVisitHandler(IDocumentSession session) : ICommandHandler<CancelVisit, Outcome<VisitResponse>>
{
    public async ValueTask<Outcome<VisitResponse>> Handle(CancelVisit command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<CompanyVisit, CompanyVisitCancelled>(
            command.VisitId, command.ExpectedVersion, VisitStreams.Errors, visit => CompanyVisitRules.Cancel(visit, command.Request), cancellationToken))
        .Map(VisitResponse.Of);
}

internal static class CancelVisitEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{visitId:guid}/cancel", (Guid visitId, CancelVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, VisitStreams.Errors, version => mediator.Send(new CancelVisit(visitId, version, request), ct)))
            .WithName("CancelVisit")
            .WithSummary("Ställ in ett planerat företagsbesök")
            .WithDescription("Skäl krävs. Kräver If-Match.");
}
