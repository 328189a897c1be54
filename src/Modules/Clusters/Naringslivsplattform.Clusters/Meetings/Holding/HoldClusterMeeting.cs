using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.Meetings;

/// <param name="Role">Official (tjänsteperson) or Politician (politiker).</param>
internal sealed record AttendeeRequest(string? Name, string? Role);

/// <param name="CompanyId">The company the issue is about, if one; it must be registered.</param>
internal sealed record IssueRequest(string? Text, Guid? CompanyId);

/// <param name="CompanyIds">The companies present, from the register.</param>
internal sealed record HoldMeetingRequest(
    DateOnly? HeldOn, string? Notes, IReadOnlyList<AttendeeRequest>? Attendees, IReadOnlyList<Guid>? CompanyIds, IReadOnlyList<IssueRequest>? Issues)
{
    /// <summary>Every company the request names, to look up in the register before deciding.</summary>
    public IReadOnlyList<Guid> NamedCompanies =>
        [.. (CompanyIds ?? []).Concat((Issues ?? []).Select(i => i.CompanyId).OfType<Guid>()).Distinct()];
}

/// <summary>Reports a scheduled meeting as held: who came, which companies were there and what they raised; based on the version the caller saw.</summary>
internal sealed record HoldClusterMeeting(Guid MeetingId, long ExpectedVersion, HoldMeetingRequest Request) : ICommand<Outcome<MeetingResponse>>;

internal sealed class HoldClusterMeetingHandler(IDocumentSession session, ICompanyDirectory companies, TimeProvider time)
    : ICommandHandler<HoldClusterMeeting, Outcome<MeetingResponse>>
{
    public async ValueTask<Outcome<MeetingResponse>> Handle(HoldClusterMeeting command, CancellationToken cancellationToken)
    {
        var registered = await companies.FindAsync(command.Request.NamedCompanies, cancellationToken);
        return (await session.ChangeAsync<ClusterMeeting, ClusterMeetingHeld>(
                command.MeetingId, command.ExpectedVersion, ClusterMeetingStreams.Errors,
                meeting => ClusterMeetingRules.Hold(meeting, command.Request, registered, SwedishTime.Today(time)),
                cancellationToken))
            .Map(MeetingResponse.Of);
    }
}

internal static class HoldClusterMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{meetingId:guid}/hold", (Guid meetingId, HoldMeetingRequest request, IMediator mediator, HttpContext http, CancellationToken ct) =>
                WriteEndpoints.ChangeAsync(http, ClusterMeetingStreams.Errors, version => mediator.Send(new HoldClusterMeeting(meetingId, version, request), ct)))
            .WithName("HoldClusterMeeting")
            .WithSummary("Rapportera ett klustermöte som hållet")
            .WithDescription("Dag (inte före önskemålet, inte i framtiden), anteckningar, deltagare från kommunen (namn och roll: Official = tjänsteperson, Politician = politiker), närvarande företag (companyIds ur registret) och frågor som togs upp (text och ev. företag). Kräver If-Match.");
}
