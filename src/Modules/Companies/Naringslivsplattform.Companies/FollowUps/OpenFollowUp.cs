using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Companies;

using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.FollowUps;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the follow-up the first request opened.</param>
internal sealed record OpenFollowUp(OpenFollowUpRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<FollowUpResponse>>;

internal sealed class OpenFollowUpHandler(IDocumentSession session, OperationContext operation, TimeProvider time) : ICommandHandler<OpenFollowUp, Outcome<FollowUpResponse>>
{
    /// <summary>What keyed follow-up streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid OpenScope = new("0f9a3c51-7d2e-4b6a-8e14-5c3b9d0a7f21");

    public async ValueTask<Outcome<FollowUpResponse>> Handle(OpenFollowUp command, CancellationToken cancellationToken)
    {
        var keyed = command.IdempotencyKey is not null;
        var followUpId = keyed ? IdempotentStarts.StreamIdFor(OpenScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var today = SwedishTime.Today(time);

        // The session belongs to the caller's municipality: a company of another one is not found.
        var companyExists = command.Request.CompanyId is { } companyId && await session.LoadAsync<Company>(companyId, cancellationToken) is not null;
        var visit = command.Request.VisitId is { } visitId ? await session.LoadAsync<CompanyVisit>(visitId, cancellationToken) : null;
        var decision = FollowUpDecisions.Open(followUpId, command.Request, companyExists, today);
        if (decision.Value is not { } opened)
        {
            return decision.Error!;
        }

        if (FollowUpDecisions.CheckSource(opened, visit) is { } sourceError)
        {
            return sourceError;
        }

        var started = await session.StartOnceAsync<FollowUp>(followUpId, opened, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        var (stored, version) = (await session.LoadWithVersionAsync<FollowUp>(followUpId, cancellationToken))!.Value;
        return await GetFollowUpHandler.ResponseAsync(session, stored, version, today, cancellationToken);
    }
}

internal static class OpenFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/", async Task<Results<Created<FollowUpResponse>, ProblemHttpResult>> (OpenFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey
                    ? invalidKey.ToProblem()
                    : VersionedResults.Created(http, await mediator.Send(new OpenFollowUp(request, key), ct), "/api/v1/follow-ups"))
            .WithName("OpenFollowUp")
            .WithSummary("Öppna en uppföljning")
            .WithDescription("Något ett företag tagit upp och som ska följas upp: companyId (ett företag i kommunens register), källa (visitId och eventuellt questionKey från ett företagsbesök, eller en fri anteckning sourceNote), need (behovet), category (SkillsSupply, Premises, Permits, Infrastructure, Procurement, Financing, Marketing eller Other), owner (ansvarig tjänsteperson, helst användarnamnet), openedOn (dagen det togs upp, standard i dag) och dueOn (förfallodag, inte före openedOn). Svaret har versionen i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma uppföljning.");
}
