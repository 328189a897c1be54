using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.IndustryCouncils;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <param name="Responsible">Who answers for the meeting; the signed-in user when left out.</param>
internal sealed record PlanCouncilMeetingRequest(DateOnly? PlannedOn, string? Responsible, string? Agenda);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the meeting the first request planned.</param>
internal sealed record PlanCouncilMeeting(Guid CouncilId, PlanCouncilMeetingRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<CouncilMeetingResponse>>>;

internal sealed class PlanCouncilMeetingHandler(IDocumentSession session, OperationContext operation, IPlanActivityDirectory plans)
    : ICommandHandler<PlanCouncilMeeting, Outcome<Started<CouncilMeetingResponse>>>
{
    public async ValueTask<Outcome<Started<CouncilMeetingResponse>>> Handle(PlanCouncilMeeting command, CancellationToken cancellationToken)
    {
        var council = await session.LoadAsync<IndustryCouncil>(command.CouncilId, cancellationToken);
        var served = command.Request.PlannedOn is { } day ? await plans.FindAsync(CouncilMeetingPlanned.ServedActivity, day, cancellationToken) : null;
        var started = await session.StartOnceAsync<CouncilMeeting, CouncilMeetingPlanned>(
            IdempotencyKeys.StreamFor(session, operation, CouncilMeetingStreams.Kind, command.IdempotencyKey),
            meetingId => CouncilMeetingRules.Plan(meetingId, council, command.Request, served?.PlanId, operation.UserName),
            cancellationToken);
        return started.Map(meeting => meeting.Select(CouncilMeetingResponse.Of));
    }
}

internal static class PlanCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder councils) =>
        councils.MapPost("/{industryCouncilId:guid}/meetings", (Guid industryCouncilId, PlanCouncilMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/industry-council-meetings", key => mediator.Send(new PlanCouncilMeeting(industryCouncilId, request, key), ct)))
            .WithName("PlanIndustryCouncilMeeting")
            .WithSummary("Planera ett branschrådsmöte")
            .WithDescription("Datum, ansvarig (den inloggade om den utelämnas) och dagordning. Mötet räknas under aktivitet 2.1 i den processplan som gäller på dagen när det är genomfört. Svaret har mötets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte (Idempotent-Replayed: true).");
}
