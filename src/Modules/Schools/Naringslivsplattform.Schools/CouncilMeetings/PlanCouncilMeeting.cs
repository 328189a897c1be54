using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.Streams;

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
        var meetingId = KeyedStarts.StreamIdFor(session, operation, PlanScope, command.IdempotencyKey);
        var decision = CouncilMeetingDecisions.Plan(meetingId, council, command.Request, served?.PlanId, operation.UserName);
        return decision.Value is { } planned
            ? await KeyedStarts.StartAsync<CouncilMeeting, CouncilMeetingResponse>(
                session, meetingId, planned, command.IdempotencyKey is not null, CouncilMeetingResponse.Of, cancellationToken)
            : decision.Error!;
    }
}

internal static class PlanCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapPost("/{industryCouncilId:guid}/meetings", (Guid industryCouncilId, PlanCouncilMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                KeyedStarts.CreatedAsync(http, "/api/v1/industry-council-meetings", key => mediator.Send(new PlanCouncilMeeting(industryCouncilId, request, key), ct)))
            .WithName("PlanIndustryCouncilMeeting")
            .WithSummary("Planera ett branschrådsmöte")
            .WithDescription("Datum, ansvarig (den inloggade om den utelämnas) och dagordning. Mötet räknas under aktivitet 2.1 i den processplan som gäller på dagen när det är genomfört. Svaret har mötets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte.");
}
