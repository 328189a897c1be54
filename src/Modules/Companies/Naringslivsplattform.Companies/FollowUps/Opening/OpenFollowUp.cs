using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.BuildingBlocks.Writing;
using Naringslivsplattform.Companies.Companies;
using Naringslivsplattform.Companies.Visits;

namespace Naringslivsplattform.Companies.FollowUps;

/// <param name="Category">A category's name in code, e.g. Premises.</param>
/// <param name="OpenedOn">The day the company raised it (the visit's day, say); today when not given.</param>
internal sealed record OpenFollowUpRequest(
    Guid? CompanyId, Guid? VisitId, string? QuestionKey, string? SourceNote, string? Need, string? Category, string? Owner, DateOnly? OpenedOn, DateOnly? DueOn);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the follow-up the first request opened.</param>
internal sealed record OpenFollowUp(OpenFollowUpRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<FollowUpResponse>>>;

/// <summary>Opens a follow-up of something a company in the register raised, at one of its visits (and answers) or elsewhere.</summary>
internal sealed class OpenFollowUpHandler(IDocumentSession session, OperationContext operation, TimeProvider time)
    : ICommandHandler<OpenFollowUp, Outcome<Started<FollowUpResponse>>>
{
    public async ValueTask<Outcome<Started<FollowUpResponse>>> Handle(OpenFollowUp command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var today = SwedishTime.Today(time);

        // The session belongs to the caller's municipality: a company or visit of another one is not found.
        var company = request.CompanyId is { } companyId ? await session.LoadAsync<Company>(companyId, cancellationToken) : null;
        var visit = request.VisitId is { } visitId ? await session.LoadAsync<CompanyVisit>(visitId, cancellationToken) : null;
        var started = await session.StartOnceAsync<FollowUp, FollowUpOpened>(
            IdempotencyKeys.StreamFor(session, operation, FollowUpStreams.Kind, command.IdempotencyKey),
            followUpId => Decide(followUpId, request, company is not null, visit, today),
            cancellationToken);
        return started.Map(followUp => followUp.Select((opened, version) => FollowUpResponse.Of(opened, company?.Name, version, today)));
    }

    private static Outcome<FollowUpOpened> Decide(Guid followUpId, OpenFollowUpRequest request, bool companyExists, CompanyVisit? visit, DateOnly today)
    {
        var decision = FollowUpRules.Open(followUpId, request, companyExists, today);
        return decision.Value is { } opened && FollowUpRules.CheckSource(opened, visit) is { } misfit ? misfit : decision;
    }
}

internal static class OpenFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder followUps) =>
        followUps.MapPost("/", (OpenFollowUpRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/follow-ups", key => mediator.Send(new OpenFollowUp(request, key), ct)))
            .WithName("OpenFollowUp")
            .WithSummary("Öppna en uppföljning")
            .WithDescription("Något ett företag tagit upp och som ska följas upp: companyId (ett företag i kommunens register), källa (visitId och eventuellt questionKey från ett företagsbesök, eller en fri anteckning sourceNote), need (behovet), category (SkillsSupply, Premises, Permits, Infrastructure, Procurement, Financing, Marketing eller Other), owner (ansvarig tjänsteperson, helst användarnamnet), openedOn (dagen det togs upp, standard i dag) och dueOn (förfallodag, inte före openedOn). Svaret har versionen i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma uppföljning (Idempotent-Replayed: true).");
}
