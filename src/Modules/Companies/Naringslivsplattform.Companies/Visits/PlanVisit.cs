using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Companies;

namespace Naringslivsplattform.Companies.Visits;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the visit the first request planned.</param>
internal sealed record PlanVisit(PlanVisitRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<PlannedVisit>>;

/// <param name="Replayed">True when an earlier request with the same idempotency key planned it.</param>
internal sealed record PlannedVisit(VisitResponse Visit, bool Replayed);

internal sealed class PlanVisitHandler(IDocumentSession session, OperationContext operation, IPlanActivityDirectory plans, TimeProvider time)
    : ICommandHandler<PlanVisit, Outcome<PlannedVisit>>
{
    /// <summary>What keyed visit streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid PlanScope = new("0f6e5b1c-7a2d-4c3e-9b8f-1d2e3a4b5c63");

    public async ValueTask<Outcome<PlannedVisit>> Handle(PlanVisit command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var company = request.CompanyId is { } companyId ? await session.LoadAsync<Company>(companyId, cancellationToken) : null;
        var served = request.PlannedOn is { } day ? await plans.FindAsync(CompanyVisitPlanned.ServedActivity, day, cancellationToken) : null;
        var keyed = command.IdempotencyKey is not null;
        var visitId = keyed ? IdempotentStarts.StreamIdFor(PlanScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var decision = CompanyVisitDecisions.Plan(visitId, request, company, served?.PlanId, SwedishTime.Today(time));
        if (decision.Value is not { } planned)
        {
            return decision.Error!;
        }

        var started = await session.StartOnceAsync<CompanyVisit>(visitId, planned, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return started.Value && await session.LoadWithVersionAsync<CompanyVisit>(visitId, cancellationToken) is var (visit, version)
            ? new PlannedVisit(VisitResponse.Of(visit, version), Replayed: true)
            : new PlannedVisit(VisitResponse.Of(CompanyVisit.Create(planned), 1), Replayed: false);
    }
}

internal static class PlanVisitEndpoint
{
    public static void Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/", async Task<Results<Created<VisitResponse>, ProblemHttpResult>> (PlanVisitRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                var outcome = await mediator.Send(new PlanVisit(request, key), ct);
                if (outcome.Value is not { Visit: var created } planned)
                {
                    return outcome.Error!.ToProblem();
                }

                if (planned.Replayed)
                {
                    http.Response.Headers["Idempotent-Replayed"] = "true";
                }

                StreamVersions.SetETag(http, created.Version);
                return TypedResults.Created($"/api/v1/visits/{created.Id}", created);
            })
            .WithName("PlanVisit")
            .WithSummary("Planera ett företagsbesök")
            .WithDescription("Företag, datum, besökare (namn och roll: Official = tjänsteperson, Politician = politiker) och syfte. Besöket räknas under aktivitet 1.3 i den processplan som gäller på dagen. Svaret har besökets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma besök (Idempotent-Replayed: true).");
}
