using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Meetings;

internal enum MeetingStatus
{
    Requested,
    Declined,
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>A meeting on a cluster's request, as its own stream has built it (inline snapshot).</summary>
internal sealed record ClusterMeeting(
    Guid Id,
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
    string? Reason)
{
    public static ClusterMeeting Create(ClusterMeetingRequested requested) =>
        new(requested.MeetingId, requested.ClusterId, requested.ClusterName, requested.ReceivedOn, requested.Wish, requested.RequestedBy,
            MeetingStatus.Requested, null, null, null, null, null, null, null, null, [], [], [], null);

    public ClusterMeeting Apply(ClusterMeetingDeclined declined) => this with { Status = MeetingStatus.Declined, Reason = declined.Reason };

    public ClusterMeeting Apply(ClusterMeetingScheduled scheduled) =>
        this with
        {
            Status = MeetingStatus.Scheduled,
            PlanId = scheduled.PlanId,
            ScheduledOn = scheduled.ScheduledOn,
            Place = scheduled.Place,
            Locality = scheduled.Locality,
            Area = scheduled.Area,
            Responsible = scheduled.Responsible,
        };

    public ClusterMeeting Apply(ClusterMeetingRescheduled rescheduled) => this with { ScheduledOn = rescheduled.ScheduledOn };

    public ClusterMeeting Apply(ClusterMeetingHeld held) =>
        this with
        {
            Status = MeetingStatus.Held,
            HeldOn = held.HeldOn,
            Notes = held.Notes,
            Attendees = held.Attendees,
            CompaniesPresent = held.CompaniesPresent,
            Issues = held.Issues,
        };

    public ClusterMeeting Apply(ClusterMeetingCancelled cancelled) => this with { Status = MeetingStatus.Cancelled, Reason = cancelled.Reason };
}
