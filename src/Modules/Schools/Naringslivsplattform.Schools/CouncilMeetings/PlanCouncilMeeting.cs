using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.IndustryCouncils;

namespace Naringslivsplattform.Schools.CouncilMeetings;

internal sealed record PlanCouncilMeeting(Guid CouncilId, PlanCouncilMeetingRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<CouncilMeetingResponse>>;

internal sealed class PlanCouncilMeetingHandler(IDocumentSession session, OperationContext operation, IPlanActivityDirectory plans)
    : ICommandHandler<PlanCouncilMeeting, Outcome<CouncilMeetingResponse>>
{
    /// <summary>What keyed meeting streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid PlanScope = new("5a0f3e9d-2c18-4b7a-9e64-d3b1a8c70f25");

    public async ValueTask<Outcome<CouncilMeetingResponse>> Handle(PlanCouncilMeeting command, CancellationToken cancellationToken)
    {
        var council = await session.LoadAsync<IndustryCouncil>(command.CouncilId, cancellationToken);
        var served = command.Request.PlannedOn is { } day ? await plans.FindAsync(CouncilMeetingPlanned.ServedActivity, day, cancellationToken) : null;
        var keyed = command.IdempotencyKey is not null;
        var meetingId = keyed ? IdempotentStarts.StreamIdFor(PlanScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var decision = CouncilMeetingDecisions.Plan(meetingId, council, command.Request, served?.PlanId, operation.UserName);
        if (decision.Value is not { } planned)
        {
            return decision.Error!;
        }

        var started = await session.StartOnceAsync<CouncilMeeting>(meetingId, planned, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return await session.LoadWithVersionAsync<CouncilMeeting>(meetingId, cancellationToken) is var (meeting, version)
            ? CouncilMeetingResponse.Of(meeting, version)
            : CouncilMeetingResponse.Of(CouncilMeeting.Create(planned), 1);
    }
}

internal static class PlanCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapPost("/{industryCouncilId:guid}/meetings", async Task<Results<Created<CouncilMeetingResponse>, ProblemHttpResult>> (
                Guid industryCouncilId, PlanCouncilMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                return VersionedResults.Created(http, await mediator.Send(new PlanCouncilMeeting(industryCouncilId, request, key), ct), "/api/v1/industry-council-meetings");
            })
            .WithName("PlanIndustryCouncilMeeting")
            .WithSummary("Planera ett branschrådsmöte")
            .WithDescription("Datum, ansvarig (den inloggade om den utelämnas) och dagordning. Mötet räknas under aktivitet 2.1 i den processplan som gäller på dagen när det är genomfört. Svaret har mötets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte.");
}
