using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Schools.IndustryCouncils;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <param name="AttendingCompanyIds">Member companies that came.</param>
/// <param name="Attendees">Who attended, by name (personal data).</param>
internal sealed record HoldCouncilMeetingRequest(DateOnly? HeldOn, string? Notes, IReadOnlyList<Guid>? AttendingCompanyIds, IReadOnlyList<string?>? Attendees);

/// <summary>Reports a planned council meeting as held, by the member companies that came, based on the version the caller saw.</summary>
internal sealed record HoldCouncilMeeting(Guid MeetingId, long ExpectedVersion, HoldCouncilMeetingRequest Request) : ICommand<Outcome<CouncilMeetingResponse>>;

internal sealed class HoldCouncilMeetingHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<HoldCouncilMeeting, Outcome<CouncilMeetingResponse>>
{
    /// <summary>The attending companies are checked against the council's members as they are now.</summary>
    public async ValueTask<Outcome<CouncilMeetingResponse>> Handle(HoldCouncilMeeting command, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<CouncilMeeting>(command.MeetingId, cancellationToken) is not { } planned
            || await session.LoadAsync<IndustryCouncil>(planned.CouncilId, cancellationToken) is not { } council)
        {
            return CouncilMeetingStreams.Errors.NotFound;
        }

        return (await session.ChangeAsync<CouncilMeeting, CouncilMeetingHeld>(
                command.MeetingId, command.ExpectedVersion, CouncilMeetingStreams.Errors,
                meeting => CouncilMeetingRules.Hold(meeting, council, command.Request, SwedishTime.Today(time)), cancellationToken))
            .Map(CouncilMeetingResponse.Of);
    }
}

internal static class HoldCouncilMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{councilMeetingId:guid}/hold", (Guid councilMeetingId, HoldCouncilMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, CouncilMeetingStreams.Errors, version => mediator.Send(new HoldCouncilMeeting(councilMeetingId, version, request), ct)))
            .WithName("HoldIndustryCouncilMeeting")
            .WithSummary("Rapportera ett branschrådsmöte som genomfört")
            .WithDescription("Dag (inte i framtiden), anteckningar, deltagande medlemsföretag (attendingCompanyIds; ett företag som inte är medlem ger council-meeting.unknown-company) och deltagare (namn, personuppgifter). Kräver If-Match.");
}
