using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Meetings;

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the meeting the first request recorded.</param>
internal sealed record RequestMeeting(RequestMeetingRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<MeetingResponse>>;

internal sealed class RequestMeetingHandler(IDocumentSession session, OperationContext operation, TimeProvider time) : ICommandHandler<RequestMeeting, Outcome<MeetingResponse>>
{
    /// <summary>What keyed meeting streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid RequestScope = new("6b2f8d40-1c3e-4a5b-9d7f-e0a2c4b6d462");

    public async ValueTask<Outcome<MeetingResponse>> Handle(RequestMeeting command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var cluster = request.ClusterId is { } clusterId ? await session.LoadAsync<MicroCluster>(clusterId, cancellationToken) : null;
        var keyed = command.IdempotencyKey is not null;
        var meetingId = keyed ? IdempotentStarts.StreamIdFor(RequestScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var decision = ClusterMeetingDecisions.Request(meetingId, request, cluster, SwedishTime.Today(time));
        if (decision.Value is not { } requested)
        {
            return decision.Error!;
        }

        return await KeyedStarts.StartAsync<ClusterMeeting, MeetingResponse>(
            session, meetingId, requested, keyed, () => ClusterMeeting.Create(requested), MeetingResponse.Of, cancellationToken);
    }
}

internal static class RequestMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/", async Task<Results<Created<MeetingResponse>, ProblemHttpResult>> (RequestMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey
                    ? invalidKey.ToProblem()
                    : VersionedResults.Created(http, await mediator.Send(new RequestMeeting(request, key), ct), "/api/v1/cluster-meetings"))
            .WithName("RequestClusterMeeting")
            .WithSummary("Ta emot ett mötesönskemål från ett mikrokluster")
            .WithDescription("Kluster (clusterId), när önskemålet kom in, vad klustret önskar och vem som frågade (personuppgift). Önskemålet räknas inte i planen förrän mötet planeras. Svaret har mötets version i ETag. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte.");
}
