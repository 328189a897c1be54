namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>A council meeting with its current stream version; null when there is none.</summary>
internal sealed record GetCouncilMeeting(Guid MeetingId) : IQuery<CouncilMeetingResponse?>;

internal sealed class GetCouncilMeetingHandler(IQuerySession session) : IQueryHandler<GetCouncilMeeting, CouncilMeetingResponse?>
{
    public async ValueTask<CouncilMeetingResponse?> Handle(GetCouncilMeeting query, CancellationToken cancellationToken) =>
        await session.LoadVersionedAsync<CouncilMeeting>(query.MeetingId, cancellationToken) is { } meeting ? CouncilMeetingResponse.Of(meeting) : null;
}

internal static class GetCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{councilMeetingId:guid}", async (Guid councilMeetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.Found(http, await mediator.Send(new GetCouncilMeeting(councilMeetingId), ct), CouncilMeetingStreams.Errors))
            .WithName("GetIndustryCouncilMeeting")
            .WithSummary("Ett branschrådsmöte")
            .WithDescription("Mötet med status, dag, deltagande företag, deltagare (personuppgifter) och anteckningar; versionen i ETag används i If-Match vid ändringar.");
}
