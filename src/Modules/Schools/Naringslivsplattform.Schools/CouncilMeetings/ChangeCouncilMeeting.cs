using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.Meetings;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>A change to a council meeting, based on the version the caller saw; the decision gets the meeting's council as it is now, and today.</summary>
internal sealed record ChangeCouncilMeeting(Guid MeetingId, long ExpectedVersion, Func<CouncilMeeting, IndustryCouncil, DateOnly, Outcome<object>> Decide)
    : ICommand<Outcome<CouncilMeetingResponse>>;

internal sealed class ChangeCouncilMeetingHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<ChangeCouncilMeeting, Outcome<CouncilMeetingResponse>>
{
    public async ValueTask<Outcome<CouncilMeetingResponse>> Handle(ChangeCouncilMeeting command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<CouncilMeeting>(command.MeetingId, cancellationToken) is not { } current
            || await session.LoadAsync<IndustryCouncil>(current.CouncilId, cancellationToken) is not { } council)
        {
            return GetCouncilMeetingEndpoint.NotFound;
        }

        var changed = await session.DecideAndAppendAsync<CouncilMeeting>(
            command.MeetingId, command.ExpectedVersion,
            GetCouncilMeetingEndpoint.NotFound,
            new DomainError("council-meeting.version-stale", SchoolsTexts.MeetingVersionStale, StatusCodes.Status412PreconditionFailed),
            meeting => command.Decide(meeting, council, SwedishTime.Today(time)),
            cancellationToken);
        return changed.Error is { } error ? error : CouncilMeetingResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeCouncilMeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder meetings)
    {
        meetings.MapPost("/{councilMeetingId:guid}/reschedule", (Guid councilMeetingId, RescheduleMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(councilMeetingId, http, mediator, (meeting, _, _) => CouncilMeetingDecisions.Reschedule(meeting, request).Widen(), ct))
            .WithName("RescheduleIndustryCouncilMeeting")
            .WithSummary("Flytta ett planerat branschrådsmöte")
            .WithDescription("Nytt datum och skäl. Kräver If-Match.");
        meetings.MapPost("/{councilMeetingId:guid}/hold", (Guid councilMeetingId, HoldCouncilMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(councilMeetingId, http, mediator, (meeting, council, today) => CouncilMeetingDecisions.Hold(meeting, council, request, today).Widen(), ct))
            .WithName("HoldIndustryCouncilMeeting")
            .WithSummary("Rapportera ett branschrådsmöte som genomfört")
            .WithDescription("Dag (inte i framtiden), anteckningar, deltagande medlemsföretag (attendingCompanyIds; ett företag som inte är medlem ger council-meeting.unknown-company) och deltagare (namn, personuppgifter). Kräver If-Match.");
        meetings.MapPost("/{councilMeetingId:guid}/cancel", (Guid councilMeetingId, CancelMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(councilMeetingId, http, mediator, (meeting, _, _) => CouncilMeetingDecisions.Cancel(meeting, request).Widen(), ct))
            .WithName("CancelIndustryCouncilMeeting")
            .WithSummary("Ställ in ett planerat branschrådsmöte")
            .WithDescription("Skäl krävs. Kräver If-Match.");
    }

    private static Task<Results<Ok<CouncilMeetingResponse>, ProblemHttpResult>> SendAsync(
        Guid meetingId, HttpContext http, IMediator mediator, Func<CouncilMeeting, IndustryCouncil, DateOnly, Outcome<object>> decide, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("council-meeting.version-required", SchoolsTexts.MeetingVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(new ChangeCouncilMeeting(meetingId, expectedVersion, decide), ct));
}
