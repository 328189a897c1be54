using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Meetings;

/// <summary>Who from the municipality took part in a meeting: officials (tjänstepersoner) and politicians.</summary>
internal enum AttendeeRole
{
    Official,
    Politician,
}

/// <summary>An official or politician at a meeting; the name is personal data.</summary>
internal sealed record MeetingAttendee(string Name, AttendeeRole Role);

/// <summary>An issue the cluster raised, about one of the companies or the cluster as a whole.</summary>
internal sealed record RaisedIssue(string Text, Guid? CompanyId, string? CompanyName);

/// <summary>
/// A cluster asked for a meeting. Not yet an action of the plan: it becomes one when the office schedules it, and a
/// declined request never does.
/// </summary>
/// <param name="RequestedBy">Who in the cluster asked; personal data.</param>
internal sealed record ClusterMeetingRequested(Guid MeetingId, Guid ClusterId, string ClusterName, DateOnly ReceivedOn, string Wish, string RequestedBy);

/// <summary>The request is declined before any meeting was scheduled.</summary>
internal sealed record ClusterMeetingDeclined(Guid MeetingId, string Reason);

/// <summary>
/// The office schedules the meeting. It serves activity 1.2 of the plan covering its day and names the cluster by the
/// name it had, which the plan's coverage target ("every cluster met once a year") counts by.
/// </summary>
/// <param name="PlanId">The plan whose activity 1.2 the meeting serves; null when no plan covers the day.</param>
/// <param name="Locality">Where it is held, from the municipality's locality list; its area places the meeting in the spread.</param>
internal sealed record ClusterMeetingScheduled(
    Guid MeetingId, Guid ClusterId, string ClusterName, Guid? PlanId, DateOnly ScheduledOn, string? Place, string Locality, string Area, string Responsible)
    : IPlanContributionPlanned
{
    /// <summary>Samarbete med lokala mikrokluster av företag i kommunen.</summary>
    public const string ServedActivity = "1.2";

    Guid IPlanContribution.ContributionId => MeetingId;

    string IPlanContributionPlanned.ActivityCode => ServedActivity;

    string IPlanContributionPlanned.Kind => ContributionKinds.ClusterMeeting;

    string IPlanContributionPlanned.Title => SwedishFormat.Format(ClustersTexts.MeetingTimelineTitle, ClusterName);

    DateOnly IPlanContributionPlanned.PlannedOn => ScheduledOn;

    string? IPlanContributionPlanned.Locality => Locality;

    string IPlanContributionPlanned.Responsible => Responsible;

    string IPlanContributionPlanned.Link => $"kluster/moten/{MeetingId}";

    string? IPlanContributionPlanned.Cluster => ClusterName;
}

internal sealed record ClusterMeetingRescheduled(Guid MeetingId, DateOnly ScheduledOn, string? Reason) : IPlanContributionRescheduled
{
    Guid IPlanContribution.ContributionId => MeetingId;

    DateOnly IPlanContributionRescheduled.PlannedOn => ScheduledOn;
}

/// <summary>The meeting took place: who came from the municipality, which companies were there, and what they raised.</summary>
internal sealed record ClusterMeetingHeld(
    Guid MeetingId, DateOnly HeldOn, string? Notes, IReadOnlyList<MeetingAttendee> Attendees, IReadOnlyList<ClusterMember> CompaniesPresent, IReadOnlyList<RaisedIssue> Issues)
    : IPlanContributionHeld
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

/// <summary>A scheduled meeting is called off.</summary>
internal sealed record ClusterMeetingCancelled(Guid MeetingId, string Reason) : IPlanContributionCancelled
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

internal static class ClusterMeetingEventTypes
{
    public static readonly Type[] All =
    [
        typeof(ClusterMeetingRequested), typeof(ClusterMeetingDeclined), typeof(ClusterMeetingScheduled), typeof(ClusterMeetingRescheduled),
        typeof(ClusterMeetingHeld), typeof(ClusterMeetingCancelled),
    ];
}
