using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>Calls off a planned meeting with lead teachers, with the reason, based on the version the caller saw.</summary>
internal sealed record CancelLeadTeacherMeeting(Guid MeetingId, long ExpectedVersion, CancelMeetingRequest Request) : ICommand<Outcome<LeadTeacherMeetingResponse>>;

internal sealed class CancelLeadTeacherMeetingHandler(IDocumentSession session) : ICommandHandler<CancelLeadTeacherMeeting, Outcome<LeadTeacherMeetingResponse>>
{
    public async ValueTask<Outcome<LeadTeacherMeetingResponse>> Handle(CancelLeadTeacherMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<LeadTeacherMeeting, LeadTeacherMeetingCancelled>(
            command.MeetingId, command.ExpectedVersion, LeadTeacherMeetingStreams.Errors, meeting => LeadTeacherMeetingRules.Cancel(meeting, command.Request), cancellationToken))
        .Map(LeadTeacherMeetingResponse.Of);
}

internal static class CancelLeadTeacherMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{leadTeacherMeetingId:guid}/cancel", (Guid leadTeacherMeetingId, CancelMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, LeadTeacherMeetingStreams.Errors, version => mediator.Send(new CancelLeadTeacherMeeting(leadTeacherMeetingId, version, request), ct)))
            .WithName("CancelLeadTeacherMeeting")
            .WithSummary("Ställ in ett planerat möte med förstelärare")
            .WithDescription("Skäl krävs. Kräver If-Match.");
}
