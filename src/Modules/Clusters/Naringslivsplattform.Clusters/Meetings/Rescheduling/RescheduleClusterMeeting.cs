using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Clusters.Meetings;

internal sealed record RescheduleMeetingRequest(DateOnly? ScheduledOn, string? Reason);

/// <summary>Moves a scheduled meeting to another day, based on the version the caller saw.</summary>
internal sealed record RescheduleClusterMeeting(Guid MeetingId, long ExpectedVersion, RescheduleMeetingRequest Request) : ICommand<Outcome<MeetingResponse>>;

internal sealed class RescheduleClusterMeetingHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<RescheduleClusterMeeting, Outcome<MeetingResponse>>
{
    public async ValueTask<Outcome<MeetingResponse>> Handle(RescheduleClusterMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<ClusterMeeting, ClusterMeetingRescheduled>(
            command.MeetingId, command.ExpectedVersion, ClusterMeetingStreams.Errors,
            meeting => ClusterMeetingRules.Reschedule(meeting, command.Request, SwedishTime.Today(time)),
            cancellationToken))
        .Map(MeetingResponse.Of);
}

internal static class RescheduleClusterMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{meetingId:guid}/reschedule", (Guid meetingId, RescheduleMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterMeetingStreams.Errors, version => mediator.Send(new RescheduleClusterMeeting(meetingId, version, request), ct)))
            .WithName("RescheduleClusterMeeting")
            .WithSummary("Flytta ett planerat klustermöte")
            .WithDescription("Nytt datum och skäl. Kräver If-Match.");
}
