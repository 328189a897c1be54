using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>A meeting on a cluster's request as the API and the pages show it, with the stream version a change must be based on.</summary>
internal sealed record MeetingResponse(
    Guid Id,
    long Version,
    Guid ClusterId,
    string ClusterName,
    DateOnly ReceivedOn,
    string Wish,
    string RequestedBy,
    MeetingStatus Status,
    Guid? PlanId,
    DateOnly? ScheduledOn,
    string? Place,
    string? Locality,
    string? Area,
    string? Responsible,
    DateOnly? HeldOn,
    string? Notes,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<ClusterMember> CompaniesPresent,
    IReadOnlyList<RaisedIssue> Issues,
    string? Reason) : IVersionedResponse
{
    public static MeetingResponse Of(Versioned<ClusterMeeting> meeting) => Of(meeting.Value, meeting.Version);

    public static MeetingResponse Of(ClusterMeeting m, long version) =>
        new(m.Id, version, m.ClusterId, m.ClusterName, m.ReceivedOn, m.Wish, m.RequestedBy, m.Status, m.PlanId, m.ScheduledOn, m.Place, m.Locality, m.Area,
            m.Responsible, m.HeldOn, m.Notes, m.Attendees, m.CompaniesPresent, m.Issues, m.Reason);
}
