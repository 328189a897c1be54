using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

internal sealed record GetLeadTeacherMeeting(Guid MeetingId) : IQuery<LeadTeacherMeetingResponse?>;

internal sealed class GetLeadTeacherMeetingHandler(IQuerySession session) : IQueryHandler<GetLeadTeacherMeeting, LeadTeacherMeetingResponse?>
{
    public async ValueTask<LeadTeacherMeetingResponse?> Handle(GetLeadTeacherMeeting query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<LeadTeacherMeeting>(query.MeetingId, cancellationToken) is var (meeting, version) ? LeadTeacherMeetingResponse.Of(meeting, version) : null;
}

internal static class GetLeadTeacherMeetingEndpoint
{
    public static readonly DomainError NotFound = new("lead-teacher-meeting.not-found", SchoolsTexts.MeetingNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{leadTeacherMeetingId:guid}", async (Guid leadTeacherMeetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetLeadTeacherMeeting(leadTeacherMeetingId), ct) is { } meeting ? meeting : (Outcome<LeadTeacherMeetingResponse>)NotFound))
            .WithName("GetLeadTeacherMeeting")
            .WithSummary("Ett möte med förstelärare")
            .WithDescription("Mötet med skola, status, förstelärare (personuppgifter), planerade entreprenöriella aktiviteter och anteckningar; versionen i ETag används i If-Match vid ändringar.");
}
