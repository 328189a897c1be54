using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Meetings;

/// <param name="RequestedBy">Who in the cluster asked (personal data).</param>
internal sealed record RequestMeetingRequest(Guid? ClusterId, DateOnly? ReceivedOn, string? Wish, string? RequestedBy);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the meeting the first request recorded.</param>
internal sealed record RequestClusterMeeting(RequestMeetingRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<MeetingResponse>>>;

internal sealed class RequestClusterMeetingHandler(IDocumentSession session, OperationContext operation, TimeProvider time)
    : ICommandHandler<RequestClusterMeeting, Outcome<Started<MeetingResponse>>>
{
    public async ValueTask<Outcome<Started<MeetingResponse>>> Handle(RequestClusterMeeting command, CancellationToken cancellationToken)
    {
        var cluster = command.Request.ClusterId is { } clusterId ? await session.LoadAsync<MicroCluster>(clusterId, cancellationToken) : null;
        var started = await session.StartOnceAsync<ClusterMeeting, ClusterMeetingRequested>(
            IdempotencyKeys.StreamFor(session, operation, ClusterMeetingStreams.Kind, command.IdempotencyKey),
            meetingId => ClusterMeetingRules.Request(meetingId, command.Request, cluster, SwedishTime.Today(time)),
            cancellationToken);
        return started.Map(meeting => meeting.Select(MeetingResponse.Of));
    }
}

internal static class RequestClusterMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/", (RequestMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/cluster-meetings", key => mediator.Send(new RequestClusterMeeting(request, key), ct)))
            .WithName("RequestClusterMeeting")
            .WithSummary("Ta emot ett mötesönskemål från ett mikrokluster")
            .WithDescription("Kluster (clusterId), när önskemålet kom in, vad klustret önskar och vem som frågade (personuppgift). Önskemålet räknas inte i planen förrän mötet planeras. Svaret har mötets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte (Idempotent-Replayed: true).");
}
