using Ardalis.Specification;
using Naringslivsplattform.BuildingBlocks.Specifications;

namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>A meeting with its current stream version; null when there is none.</summary>
internal sealed record GetMeeting(Guid MeetingId) : IQuery<MeetingResponse?>;

/// <summary>The meetings of one cluster, or of all, newest request first.</summary>
internal sealed record ListMeetings(Guid? ClusterId) : IQuery<IReadOnlyList<MeetingResponse>>;

/// <summary>Meetings of a cluster (all when none is named), newest request first.</summary>
internal sealed class MeetingsOfCluster : Specification<ClusterMeeting>
{
    public MeetingsOfCluster(Guid? clusterId)
    {
        if (clusterId is { } id)
        {
            Query.Where(m => m.ClusterId == id);
        }

        Query.OrderByDescending(m => m.ReceivedOn).ThenByDescending(m => m.Id);
    }
}

internal sealed class GetMeetingHandler(IQuerySession session) : IQueryHandler<GetMeeting, MeetingResponse?>, IQueryHandler<ListMeetings, IReadOnlyList<MeetingResponse>>
{
    public async ValueTask<MeetingResponse?> Handle(GetMeeting query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<ClusterMeeting>(query.MeetingId, cancellationToken) is { } meeting ? MeetingResponse.Of(meeting) : null;

    /// <summary>Without versions (0): a change starts from the meeting itself.</summary>
    public async ValueTask<IReadOnlyList<MeetingResponse>> Handle(ListMeetings query, CancellationToken cancellationToken) =>
        [.. (await session.Query<ClusterMeeting>().WithSpecification(new MeetingsOfCluster(query.ClusterId)).ToListAsync(cancellationToken)).Select(m => MeetingResponse.Of(m, 0))];
}

internal static class GetMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings)
    {
        meetings.MapGet("/", async Task<Ok<IReadOnlyList<MeetingResponse>>> (Guid? clusterId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMeetings(clusterId), ct)))
            .WithName("ListClusterMeetings")
            .WithSummary("Klustermöten")
            .WithDescription("Möten på klustrens önskemål, senaste önskemål först; clusterId begränsar till ett kluster. Listan saknar version (0): hämta mötet för att ändra det.");
        meetings.MapGet("/{meetingId:guid}", async (Guid meetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetMeeting(meetingId), ct), ClusterMeetingStreams.Errors))
            .WithName("GetClusterMeeting")
            .WithSummary("Ett klustermöte")
            .WithDescription("Önskemålet, planeringen, deltagare (personuppgifter), närvarande företag, frågor och status; versionen i ETag används i If-Match vid ändringar.");
    }
}
