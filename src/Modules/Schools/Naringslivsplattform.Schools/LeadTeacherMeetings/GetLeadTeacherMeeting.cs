namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>A meeting with lead teachers with its current stream version; null when there is none.</summary>
internal sealed record GetLeadTeacherMeeting(Guid MeetingId) : IQuery<LeadTeacherMeetingResponse?>;

internal sealed class GetLeadTeacherMeetingHandler(IQuerySession session) : IQueryHandler<GetLeadTeacherMeeting, LeadTeacherMeetingResponse?>
{
    public async ValueTask<LeadTeacherMeetingResponse?> Handle(GetLeadTeacherMeeting query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<LeadTeacherMeeting>(query.MeetingId, cancellationToken) is { } meeting ? LeadTeacherMeetingResponse.Of(meeting) : null;
}

internal static class GetLeadTeacherMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{leadTeacherMeetingId:guid}", async (Guid leadTeacherMeetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetLeadTeacherMeeting(leadTeacherMeetingId), ct), LeadTeacherMeetingStreams.Errors))
            .WithName("GetLeadTeacherMeeting")
            .WithSummary("Ett möte med förstelärare")
            .WithDescription("Mötet med skola, status, förstelärare (personuppgifter), planerade entreprenöriella aktiviteter och anteckningar; versionen i ETag används i If-Match vid ändringar.");
}
