using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.CouncilMeetings;

internal sealed record GetCouncilMeeting(Guid MeetingId) : IQuery<CouncilMeetingResponse?>;

internal sealed class GetCouncilMeetingHandler(IQuerySession session) : IQueryHandler<GetCouncilMeeting, CouncilMeetingResponse?>
{
    public async ValueTask<CouncilMeetingResponse?> Handle(GetCouncilMeeting query, CancellationToken cancellationToken) =>
        await session.LoadWithVersionAsync<CouncilMeeting>(query.MeetingId, cancellationToken) is var (meeting, version) ? CouncilMeetingResponse.Of(meeting, version) : null;
}

internal static class GetCouncilMeetingEndpoint
{
    public static readonly DomainError NotFound = new("council-meeting.not-found", SchoolsTexts.MeetingNotFound, StatusCodes.Status404NotFound);

    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{councilMeetingId:guid}", async (Guid councilMeetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new GetCouncilMeeting(councilMeetingId), ct) is { } meeting ? meeting : (Outcome<CouncilMeetingResponse>)NotFound))
            .WithName("GetIndustryCouncilMeeting")
            .WithSummary("Ett branschrådsmöte")
            .WithDescription("Mötet med status, dag, deltagande företag, deltagare (personuppgifter) och anteckningar; versionen i ETag används i If-Match vid ändringar.");
}
