using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Clusters.Reference;

namespace Naringslivsplattform.Clusters.Meetings;

/// <param name="Locality">Where the meeting is held, from the municipality's locality list.</param>
/// <param name="Responsible">The official who answers for the meeting.</param>
internal sealed record ScheduleMeetingRequest(DateOnly? ScheduledOn, string? Place, string? Locality, string? Responsible);

/// <summary>Schedules the meeting a cluster asked for, under activity 1.2 of the plan covering its day, based on the version the caller saw.</summary>
internal sealed record ScheduleClusterMeeting(Guid MeetingId, long ExpectedVersion, ScheduleMeetingRequest Request) : ICommand<Outcome<MeetingResponse>>;

internal sealed class ScheduleClusterMeetingHandler(IDocumentSession session, IPlanActivityDirectory plans, TimeProvider time)
    : ICommandHandler<ScheduleClusterMeeting, Outcome<MeetingResponse>>
{
    public async ValueTask<Outcome<MeetingResponse>> Handle(ScheduleClusterMeeting command, CancellationToken cancellationToken)
    {
        var served = command.Request.ScheduledOn is { } day ? await plans.FindAsync(ClusterMeetingScheduled.ServedActivity, day, cancellationToken) : null;
        var reference = MunicipalityReferences.Of(session.TenantId);
        return (await session.ChangeAsync<ClusterMeeting, ClusterMeetingScheduled>(
                command.MeetingId, command.ExpectedVersion, ClusterMeetingStreams.Errors,
                meeting => ClusterMeetingRules.Schedule(meeting, command.Request, reference, served?.PlanId, SwedishTime.Today(time)),
                cancellationToken))
            .Map(MeetingResponse.Of);
    }
}

internal static class ScheduleClusterMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{meetingId:guid}/schedule", (Guid meetingId, ScheduleMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterMeetingStreams.Errors, version => mediator.Send(new ScheduleClusterMeeting(meetingId, version, request), ct)))
            .WithName("ScheduleClusterMeeting")
            .WithSummary("Planera ett möte som ett mikrokluster önskat")
            .WithDescription("Datum (tidigast den dag önskemålet kom in), plats, ort ur kommunens ortslista och ansvarig tjänsteperson. Mötet räknas under aktivitet 1.2 i den processplan som gäller på dagen, med klustrets namn. Kräver If-Match.");
}
