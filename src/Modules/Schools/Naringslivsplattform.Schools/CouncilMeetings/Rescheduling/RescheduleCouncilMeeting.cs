using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>Moves a planned council meeting to another day, based on the version the caller saw.</summary>
internal sealed record RescheduleCouncilMeeting(Guid MeetingId, long ExpectedVersion, RescheduleMeetingRequest Request) : ICommand<Outcome<CouncilMeetingResponse>>;

internal sealed class RescheduleCouncilMeetingHandler(IDocumentSession session) : ICommandHandler<RescheduleCouncilMeeting, Outcome<CouncilMeetingResponse>>
{
    public async ValueTask<Outcome<CouncilMeetingResponse>> Handle(RescheduleCouncilMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<CouncilMeeting, CouncilMeetingRescheduled>(
            command.MeetingId, command.ExpectedVersion, CouncilMeetingStreams.Errors, meeting => CouncilMeetingRules.Reschedule(meeting, command.Request), cancellationToken))
        .Map(CouncilMeetingResponse.Of);
}

internal static class RescheduleCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{councilMeetingId:guid}/reschedule", (Guid councilMeetingId, RescheduleMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CouncilMeetingStreams.Errors, version => mediator.Send(new RescheduleCouncilMeeting(councilMeetingId, version, request), ct)))
            .WithName("RescheduleIndustryCouncilMeeting")
            .WithSummary("Flytta ett planerat branschrådsmöte")
            .WithDescription("Nytt datum och skäl. Kräver If-Match.");
}
