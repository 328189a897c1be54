using Ardalis.Specification;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.Specifications;
using Naringslivsplattform.Clusters.Resources;

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
        await session.LoadWithVersionAsync<ClusterMeeting>(query.MeetingId, cancellationToken) is var (meeting, version) ? MeetingResponse.Of(meeting, version) : null;

    /// <summary>Without versions (0): a change starts from the meeting itself.</summary>
    public async ValueTask<IReadOnlyList<MeetingResponse>> Handle(ListMeetings query, CancellationToken cancellationToken) =>
        [.. (await session.Query<ClusterMeeting>().WithSpecification(new MeetingsOfCluster(query.ClusterId)).ToListAsync(cancellationToken)).Select(m => MeetingResponse.Of(m, 0))];
}

internal static class GetMeetingEndpoint
{
    public static readonly DomainError NotFound = new("cluster-meeting.not-found", ClustersTexts.MeetingNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder meetings)
    {
        meetings.MapGet("/", async Task<Ok<IReadOnlyList<MeetingResponse>>> (Guid? clusterId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMeetings(clusterId), ct)))
            .WithName("ListClusterMeetings")
            .WithSummary("Klustermöten")
            .WithDescription("Möten på klustrens önskemål, senaste önskemål först; clusterId begränsar till ett kluster. Listan saknar version (0): hämta mötet för att ändra det.");
        meetings.MapGet("/{meetingId:guid}", async (Guid meetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetMeeting(meetingId), ct) is { } meeting ? meeting : (Outcome<MeetingResponse>)NotFound))
            .WithName("GetClusterMeeting")
            .WithSummary("Ett klustermöte")
            .WithDescription("Önskemålet, planeringen, deltagare (personuppgifter), närvarande företag, frågor och status; versionen i ETag används i If-Match vid ändringar.");
    }
}
