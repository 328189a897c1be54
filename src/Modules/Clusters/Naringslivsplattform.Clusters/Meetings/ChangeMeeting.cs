using Marten;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Naringslivsplattform.BuildingBlocks.EventStore;
using Naringslivsplattform.BuildingBlocks.Http;
using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Clusters.Reference;
using Naringslivsplattform.Clusters.Resources;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>What a meeting change may check against: the municipality's localities, the plan covering the day asked for, the registered companies named, and today.</summary>
internal sealed record MeetingSurroundings(MunicipalityReference Reference, Guid? PlanId, IReadOnlyList<CompanyReference> Registered, DateOnly Today);

/// <summary>A change to a meeting, based on the version the caller saw.</summary>
/// <param name="PlanDay">The day to find the serving plan for (when scheduling).</param>
/// <param name="Companies">The company ids the change names, to look up in the register.</param>
internal sealed record ChangeMeeting(
    Guid MeetingId, long ExpectedVersion, DateOnly? PlanDay, IReadOnlyList<Guid> Companies, Func<ClusterMeeting, MeetingSurroundings, Outcome<object>> Decide)
    : ICommand<Outcome<MeetingResponse>>;

internal sealed class ChangeMeetingHandler(IDocumentSession session, IPlanActivityDirectory plans, ICompanyDirectory companies, TimeProvider time)
    : ICommandHandler<ChangeMeeting, Outcome<MeetingResponse>>
{
    public async ValueTask<Outcome<MeetingResponse>> Handle(ChangeMeeting command, CancellationToken cancellationToken)
    {
        var served = command.PlanDay is { } day ? await plans.FindAsync(ClusterMeetingScheduled.ServedActivity, day, cancellationToken) : null;
        var registered = await companies.FindAsync(command.Companies, cancellationToken);
        var surroundings = new MeetingSurroundings(MunicipalityReferences.Of(session.TenantId), served?.PlanId, registered, SwedishTime.Today(time));
        var changed = await session.DecideAndAppendAsync<ClusterMeeting>(
            command.MeetingId, command.ExpectedVersion,
            GetMeetingEndpoint.NotFound,
            new DomainError("cluster-meeting.version-stale", ClustersTexts.MeetingVersionStale, StatusCodes.Status412PreconditionFailed),
            meeting => command.Decide(meeting, surroundings),
            cancellationToken);
        return changed.Error is { } error ? error : MeetingResponse.Of(changed.Value.Aggregate, changed.Value.Version);
    }
}

internal static class ChangeMeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder meetings)
    {
        meetings.MapPost("/{meetingId:guid}/schedule", (Guid meetingId, ScheduleMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, new(meetingId, 0, request.ScheduledOn, [], (m, s) => ClusterMeetingDecisions.Schedule(m, request, s.Reference, s.PlanId, s.Today).Widen()), ct))
            .WithName("ScheduleClusterMeeting")
            .WithSummary("Planera ett möte som ett mikrokluster önskat")
            .WithDescription("Datum (tidigast den dag önskemålet kom in), plats, ort ur kommunens ortslista och ansvarig tjänsteperson. Mötet räknas under aktivitet 1.2 i den processplan som gäller på dagen, med klustrets namn. Kräver If-Match.");
        meetings.MapPost("/{meetingId:guid}/reschedule", (Guid meetingId, RescheduleMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, new(meetingId, 0, null, [], (m, s) => ClusterMeetingDecisions.Reschedule(m, request, s.Today).Widen()), ct))
            .WithName("RescheduleClusterMeeting")
            .WithSummary("Flytta ett planerat klustermöte")
            .WithDescription("Nytt datum och skäl. Kräver If-Match.");
        meetings.MapPost("/{meetingId:guid}/hold", (Guid meetingId, HoldMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, new(meetingId, 0, null, request.NamedCompanies, (m, s) => ClusterMeetingDecisions.Hold(m, request, s.Registered, s.Today).Widen()), ct))
            .WithName("HoldClusterMeeting")
            .WithSummary("Rapportera ett klustermöte som hållet")
            .WithDescription("Dag (inte före önskemålet, inte i framtiden), anteckningar, deltagare från kommunen (namn och roll: Official = tjänsteperson, Politician = politiker), närvarande företag (companyIds ur registret) och frågor som togs upp (text och ev. företag). Kräver If-Match.");
        meetings.MapPost("/{meetingId:guid}/decline", (Guid meetingId, ReasonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, new(meetingId, 0, null, [], (m, _) => ClusterMeetingDecisions.Decline(m, request).Widen()), ct))
            .WithName("DeclineClusterMeetingRequest")
            .WithSummary("Avböj ett mötesönskemål")
            .WithDescription("Bara innan mötet planerats; skäl krävs. Ett avböjt önskemål räknas inte i planen. Kräver If-Match.");
        meetings.MapPost("/{meetingId:guid}/cancel", (Guid meetingId, ReasonRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                SendAsync(http, mediator, new(meetingId, 0, null, [], (m, _) => ClusterMeetingDecisions.Cancel(m, request).Widen()), ct))
            .WithName("CancelClusterMeeting")
            .WithSummary("Ställ in ett planerat klustermöte")
            .WithDescription("Skäl krävs. Kräver If-Match.");
    }

    /// <param name="change">The change, with the version read from If-Match put in its place.</param>
    private static Task<Results<Ok<MeetingResponse>, ProblemHttpResult>> SendAsync(HttpContext http, IMediator mediator, ChangeMeeting change, CancellationToken ct) =>
        VersionedResults.ChangeAsync(
            http,
            new DomainError("cluster-meeting.version-required", ClustersTexts.MeetingVersionRequired, StatusCodes.Status428PreconditionRequired),
            expectedVersion => mediator.Send(change with { ExpectedVersion = expectedVersion }, ct));
}
