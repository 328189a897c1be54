using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>Calls off a planned council meeting, with the reason, based on the version the caller saw.</summary>
internal sealed record CancelCouncilMeeting(Guid MeetingId, long ExpectedVersion, CancelMeetingRequest Request) : ICommand<Outcome<CouncilMeetingResponse>>;

internal sealed class CancelCouncilMeetingHandler(IDocumentSession session) : ICommandHandler<CancelCouncilMeeting, Outcome<CouncilMeetingResponse>>
{
    public async ValueTask<Outcome<CouncilMeetingResponse>> Handle(CancelCouncilMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<CouncilMeeting, CouncilMeetingCancelled>(
            command.MeetingId, command.ExpectedVersion, CouncilMeetingStreams.Errors, meeting => CouncilMeetingRules.Cancel(meeting, command.Request), cancellationToken))
        .Map(CouncilMeetingResponse.Of);
}

internal static class CancelCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{councilMeetingId:guid}/cancel", (Guid councilMeetingId, CancelMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CouncilMeetingStreams.Errors, version => mediator.Send(new CancelCouncilMeeting(councilMeetingId, version, request), ct)))
            .WithName("CancelIndustryCouncilMeeting")
            .WithSummary("Ställ in ett planerat branschrådsmöte")
            .WithDescription("Skäl krävs. Kräver If-Match.");
}
