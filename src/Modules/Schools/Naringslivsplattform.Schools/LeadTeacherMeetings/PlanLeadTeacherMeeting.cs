using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.Schools.Schools;

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
        var keyed = command.IdempotencyKey is not null;
        var meetingId = keyed ? IdempotentStarts.StreamIdFor(PlanScope, $"{session.TenantId}/{operation.UserName}", command.IdempotencyKey!) : Guid.CreateVersion7();
        var decision = LeadTeacherMeetingDecisions.Plan(meetingId, school, request, served?.PlanId, operation.UserName);
        if (decision.Value is not { } planned)
        {
            return decision.Error!;
        }

        var started = await session.StartOnceAsync<LeadTeacherMeeting>(meetingId, planned, keyed, cancellationToken);
        if (started.Error is { } reused)
        {
            return reused;
        }

        return await session.LoadWithVersionAsync<LeadTeacherMeeting>(meetingId, cancellationToken) is var (meeting, version)
            ? LeadTeacherMeetingResponse.Of(meeting, version)
            : LeadTeacherMeetingResponse.Of(LeadTeacherMeeting.Create(planned), 1);
    }
}

internal static class PlanLeadTeacherMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/", async Task<Results<Created<LeadTeacherMeetingResponse>, ProblemHttpResult>> (
                PlanLeadTeacherMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                if (IdempotentStarts.ReadKey(http.Request, out var key) is { } invalidKey)
                {
                    return invalidKey.ToProblem();
                }

                return VersionedResults.Created(http, await mediator.Send(new PlanLeadTeacherMeeting(request, key), ct), "/api/v1/lead-teacher-meetings");
            })
            .WithName("PlanLeadTeacherMeeting")
            .WithSummary("Planera ett möte med förstelärare")
            .WithDescription("Skola (schoolId), datum, ansvarig (den inloggade om den utelämnas), förstelärare (namn, personuppgifter) och de entreprenöriella aktiviteter som ska planeras med skolan (korta texter). Mötet räknas under aktivitet 2.1 när det är genomfört. Med rubriken Idempotency-Key ger ett upprepat anrop samma möte.");
}
