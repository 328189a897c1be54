namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>Declines a meeting request before anything was scheduled, with the reason, based on the version the caller saw.</summary>
internal sealed record DeclineClusterMeeting(Guid MeetingId, long ExpectedVersion, ReasonRequest Request) : ICommand<Outcome<MeetingResponse>>;

internal sealed class DeclineClusterMeetingHandler(IDocumentSession session) : ICommandHandler<DeclineClusterMeeting, Outcome<MeetingResponse>>
{
    public async ValueTask<Outcome<MeetingResponse>> Handle(DeclineClusterMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<ClusterMeeting, ClusterMeetingDeclined>(
            command.MeetingId, command.ExpectedVersion, ClusterMeetingStreams.Errors, meeting => ClusterMeetingRules.Decline(meeting, command.Request), cancellationToken))
        .Map(MeetingResponse.Of);
}

internal static class DeclineClusterMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{meetingId:guid}/decline", (Guid meetingId, ReasonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterMeetingStreams.Errors, version => mediator.Send(new DeclineClusterMeeting(meetingId, version, request), ct)))
            .WithName("DeclineClusterMeetingRequest")
            .WithSummary("Avböj ett mötesönskemål")
            .WithDescription("Bara innan mötet planerats; skäl krävs. Ett avböjt önskemål räknas inte i planen. Kräver If-Match.");
}
