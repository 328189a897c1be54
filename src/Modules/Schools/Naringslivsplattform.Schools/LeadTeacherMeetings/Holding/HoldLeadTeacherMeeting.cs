using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <param name="LeadTeachers">Names of the lead teachers present (personal data); at least one.</param>
internal sealed record HoldLeadTeacherMeetingRequest(DateOnly? HeldOn, IReadOnlyList<string?>? LeadTeachers, IReadOnlyList<string?>? PlannedActivities, string? Notes);

/// <summary>Reports a planned meeting with lead teachers as held, with who came and what was planned, based on the version the caller saw.</summary>
internal sealed record HoldLeadTeacherMeeting(Guid MeetingId, long ExpectedVersion, HoldLeadTeacherMeetingRequest Request) : ICommand<Outcome<LeadTeacherMeetingResponse>>;

internal sealed class HoldLeadTeacherMeetingHandler(IDocumentSession session, TimeProvider time) : ICommandHandler<HoldLeadTeacherMeeting, Outcome<LeadTeacherMeetingResponse>>
{
    public async ValueTask<Outcome<LeadTeacherMeetingResponse>> Handle(HoldLeadTeacherMeeting command, CancellationToken cancellationToken) =>
        (await session.ChangeAsync<LeadTeacherMeeting, LeadTeacherMeetingHeld>(
            command.MeetingId, command.ExpectedVersion, LeadTeacherMeetingStreams.Errors,
            meeting => LeadTeacherMeetingRules.Hold(meeting, command.Request, SwedishTime.Today(time)), cancellationToken))
        .Map(LeadTeacherMeetingResponse.Of);
}

internal static class HoldLeadTeacherMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{leadTeacherMeetingId:guid}/hold", (Guid leadTeacherMeetingId, HoldLeadTeacherMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, LeadTeacherMeetingStreams.Errors, version => mediator.Send(new HoldLeadTeacherMeeting(leadTeacherMeetingId, version, request), ct)))
            .WithName("HoldLeadTeacherMeeting")
            .WithSummary("Rapportera ett möte med förstelärare som genomfört")
            .WithDescription("Dag (inte i framtiden), närvarande förstelärare (minst en; namn, personuppgifter), planerade entreprenöriella aktiviteter och anteckningar. Kräver If-Match.");
}
