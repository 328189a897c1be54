using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.Schools;
using Naringslivsplattform.Schools.Streams;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

internal sealed record PlanLeadTeacherMeeting(PlanLeadTeacherMeetingRequest Request, string? IdempotencyKey = null) : ICommand<Outcome<LeadTeacherMeetingResponse>>;

internal sealed class PlanLeadTeacherMeetingHandler(IDocumentSession session, OperationContext operation, IPlanActivityDirectory plans)
    : ICommandHandler<PlanLeadTeacherMeeting, Outcome<LeadTeacherMeetingResponse>>
{
    /// <summary>What keyed meeting streams are created under; the caller's municipality is part of the caller.</summary>
    private static readonly Guid PlanScope = new("e07b5c2a-4d91-4f36-8a1e-6c9d2b3f0a78");

    public async ValueTask<Outcome<LeadTeacherMeetingResponse>> Handle(PlanLeadTeacherMeeting command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        var school = request.SchoolId is { } schoolId ? await session.LoadAsync<School>(schoolId, cancellationToken) : null;
        var served = request.PlannedOn is { } day ? await plans.FindAsync(LeadTeacherMeetingPlanned.ServedActivity, day, cancellationToken) : null;
        var meetingId = KeyedStarts.StreamIdFor(session, operation, PlanScope, command.IdempotencyKey);
        var decision = LeadTeacherMeetingDecisions.Plan(meetingId, school, request, served?.PlanId, operation.UserName);
        return decision.Value is { } planned
            ? await KeyedStarts.StartAsync<LeadTeacherMeeting, LeadTeacherMeetingResponse>(
                session, meetingId, planned, command.IdempotencyKey is not null, LeadTeacherMeetingResponse.Of, cancellationToken)
            : decision.Error!;
    }
}

internal static class PlanLeadTeacherMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/", (PlanLeadTeacherMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                KeyedStarts.CreatedAsync(http, "/api/v1/lead-teacher-meetings", key => mediator.Send(new PlanLeadTeacherMeeting(request, key), ct)))
            .WithName("PlanLeadTeacherMeeting")
            .WithSummary("Planera ett möte med förstelärare")
            .WithDescription("Skola (schoolId), datum, ansvarig (den inloggade om den utelämnas), förstelärare (namn, personuppgifter) och de entreprenöriella aktiviteter som ska planeras med skolan (korta texter). Mötet räknas under aktivitet 2.1 när det är genomfört. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte.");
}
