using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Schools.Meetings;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>A change to a meeting with lead teachers, based on the version the caller saw; the decision gets today.</summary>
internal sealed record ChangeLeadTeacherMeeting(Guid MeetingId, long ExpectedVersion, Func<LeadTeacherMeeting, DateOnly, Outcome<object>> Decide)
    : ICommand<Outcome<LeadTeacherMeetingResponse>>;

internal sealed class ChangeLeadTeacherMeetingHandler(IDocumentSession session, TimeProvider time)
    : ICommandHandler<ChangeLeadTeacherMeeting, Outcome<LeadTeacherMeetingResponse>>
{
    public async ValueTask<Outcome<LeadTeacherMeetingResponse>> Handle(ChangeLeadTeacherMeeting command, CancellationToken cancellationToken)
    {
        var changed = await session.DecideAndAppendAsync<LeadTeacherMeeting>(
            command.MeetingId, command.ExpectedVersion,
            GetLeadTeacherMeetingEndpoint.NotFound,
            new DomainError("lead-teacher-meeting.version-stale", SchoolsTexts.MeetingVersionStale, StatusCodes.Status412PreconditionFailed),
            meeting => command.Decide(meeting, SwedishTime.Today(time)),
            cancellationToken);
        return changed.Error is { } error ? error : LeadTeacherMeetingResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeLeadTeacherMeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder meetings)
    {
        meetings.MapPost("/{leadTeacherMeetingId:guid}/hold", (Guid leadTeacherMeetingId, HoldLeadTeacherMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(leadTeacherMeetingId, http, mediator, (meeting, today) => LeadTeacherMeetingDecisions.Hold(meeting, request, today).Widen(), ct))
            .WithName("HoldLeadTeacherMeeting")
            .WithSummary("Rapportera ett möte med förstelärare som genomfört")
            .WithDescription("Dag (inte i framtiden), närvarande förstelärare (minst en; namn, personuppgifter), planerade entreprenöriella aktiviteter och anteckningar. Kräver If-Match.");
        meetings.MapPost("/{leadTeacherMeetingId:guid}/cancel", (Guid leadTeacherMeetingId, CancelMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(leadTeacherMeetingId, http, mediator, (meeting, _) => LeadTeacherMeetingDecisions.Cancel(meeting, request).Widen(), ct))
            .WithName("CancelLeadTeacherMeeting")
            .WithSummary("Ställ in ett planerat möte med förstelärare")
            .WithDescription("Skäl krävs. Kräver If-Match.");
    }

    private static Task<Results<Ok<LeadTeacherMeetingResponse>, ProblemHttpResult>> SendAsync(
        Guid meetingId, HttpContext http, IMediator mediator, Func<LeadTeacherMeeting, DateOnly, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("lead-teacher-meeting.version-required", SchoolsTexts.MeetingVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeLeadTeacherMeeting(meetingId, expectedVersion, decide), ct));
}
