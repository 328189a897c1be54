using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Visits;

/// <param name="Role">Official (tjänsteperson) or Politician (politiker).</param>
internal sealed record VisitorRequest(string? Name, string? Role);

internal sealed record PlanVisitRequest(Guid? CompanyId, DateOnly? PlannedOn, IReadOnlyList<VisitorRequest>? Visitors, string? Purpose);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the visit the first request planned.</param>
internal sealed record PlanVisit(PlanVisitRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<VisitResponse>>>;

/// <summary>Plans a visit to a company in the register, serving activity 1.3 of the plan that covers its day.</summary>
internal sealed class PlanVisitHandler(IDocumentSession session, OperationContext operation, IPlanActivityDirectory plans, TimeProvider time)
    : ICommandHandler<PlanVisit, Outcome<Started<VisitResponse>>>
{
    public async ValueTask<Outcome<Started<VisitResponse>>> Handle(PlanVisit command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var company = request.CompanyId is { } companyId ? await session.LoadAsync<Company>(companyId, cancellationToken) : null;
        var served = request.PlannedOn is { } day ? await plans.FindAsync(CompanyVisitPlanned.ServedActivity, day, cancellationToken) : null;
        var today = SwedishTime.Today(time);
        var started = await session.StartOnceAsync<CompanyVisit, CompanyVisitPlanned>(
            IdempotencyKeys.StreamFor(session, operation, VisitStreams.Kind, command.IdempotencyKey),
            visitId => CompanyVisitRules.Plan(visitId, request, company, served?.PlanId, today),
            cancellationToken);
        return started.Map(visit => visit.Select(VisitResponse.Of));
    }
}

internal static class PlanVisitEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/", (PlanVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/visits", key => mediator.Send(new PlanVisit(request, key), ct)))
            .WithName("PlanVisit")
            .WithSummary("Planera ett företagsbesök")
            .WithDescription("Företag, datum, besökare (namn och roll: Official = tjänsteperson, Politician = politiker) och syfte. Besöket räknas under aktivitet 1.3 i den processplan som gäller på dagen. Svaret har besökets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma besök (Idempotent-Replayed: true).");
}
