using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <param name="LeadTeachers">Names of the lead teachers expected (personal data).</param>
/// <param name="PlannedActivities">Entrepreneurial activities to plan with the school, one short text each.</param>
internal sealed record PlanLeadTeacherMeetingRequest(
    Guid? SchoolId, DateOnly? PlannedOn, string? Responsible, IReadOnlyList<string?>? LeadTeachers, IReadOnlyList<string?>? PlannedActivities);

/// <param name="IdempotencyKey">When given, a retry with the same key and request gets the meeting the first request planned.</param>
internal sealed record PlanLeadTeacherMeeting(PlanLeadTeacherMeetingRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<Started<LeadTeacherMeetingResponse>>>;

internal sealed class PlanLeadTeacherMeetingHandler(IDocumentSession session, OperationContext operation, IPlanActivityDirectory plans)
    : ICommandHandler<PlanLeadTeacherMeeting, Outcome<Started<LeadTeacherMeetingResponse>>>
{
    public async ValueTask<Outcome<Started<LeadTeacherMeetingResponse>>> Handle(PlanLeadTeacherMeeting command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var school = request.SchoolId is { } schoolId ? await session.LoadAsync<School>(schoolId, cancellationToken) : null;
        var served = request.PlannedOn is { } day ? await plans.FindAsync(LeadTeacherMeetingPlanned.ServedActivity, day, cancellationToken) : null;
        var started = await session.StartOnceAsync<LeadTeacherMeeting, LeadTeacherMeetingPlanned>(
            IdempotencyKeys.StreamFor(session, operation, LeadTeacherMeetingStreams.Kind, command.IdempotencyKey),
            meetingId => LeadTeacherMeetingRules.Plan(meetingId, school, request, served?.PlanId, operation.UserName),
            cancellationToken);
        return started.Map(meeting => meeting.Select(LeadTeacherMeetingResponse.Of));
    }
}

internal static class PlanLeadTeacherMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/", (PlanLeadTeacherMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.CreateAsync(http, "/api/v1/lead-teacher-meetings", key => mediator.Send(new PlanLeadTeacherMeeting(request, key), ct)))
            .WithName("PlanLeadTeacherMeeting")
            .WithSummary("Planera ett möte med förstelärare")
            .WithDescription("Skola (schoolId), datum, ansvarig (den inloggade om den utelämnas), förstelärare (namn, personuppgifter) och de entreprenöriella aktiviteter som ska planeras med skolan (korta texter). Mötet räknas under aktivitet 2.1 när det är genomfört. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte (Idempotent-Replayed: true).");
}
