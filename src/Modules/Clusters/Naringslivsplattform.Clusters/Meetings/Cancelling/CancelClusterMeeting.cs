namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>Calls off a scheduled meeting, with the reason, based on the version the caller saw.</summary>
internal sealed record CancelClusterMeeting(Guid MeetingId, long ExpectedVersion, ReasonRequest Request) : ICommand<Outcome<MeetingResponse>>;

internal sealed class CancelClusterMeetingHandler(IDocumentSession session) : ICommandHandler<CancelClusterMeeting, Outcome<MeetingResponse>>
{
    public async ValueTask<Outcome<MeetingResponse>> Handle(CancelClusterMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<ClusterMeeting, ClusterMeetingCancelled>(
            command.MeetingId, command.ExpectedVersion, ClusterMeetingStreams.Errors, meeting => ClusterMeetingRules.Cancel(meeting, command.Request), cancellationToken))
        .Map(MeetingResponse.Of);
}

internal static class CancelClusterMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{meetingId:guid}/cancel", (Guid meetingId, ReasonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterMeetingStreams.Errors, version => mediator.Send(new CancelClusterMeeting(meetingId, version, request), ct)))
            .WithName("CancelClusterMeeting")
            .WithSummary("Ställ in ett planerat klustermöte")
            .WithDescription("Skäl krävs. Kräver If-Match.");
}
