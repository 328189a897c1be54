using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Texts;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>
/// A meeting with a school's lead teachers is planned. It serves activity 2.1 of the plan covering its day, through the
/// plan contribution contract.
/// </summary>
internal sealed record LeadTeacherMeetingPlanned(
    Guid MeetingId, Guid SchoolId, string SchoolName, Guid? PlanId, DateOnly PlannedOn, string Responsible, IReadOnlyList<string> LeadTeachers,
    IReadOnlyList<string> PlannedActivities)
    : IPlanContributionPlanned
{
    /// <summary>Samverkan med skolan: branschråd och förstelärare.</summary>
    public const string ServedActivity = "2.1";

    Guid IPlanContribution.ContributionId => MeetingId;

    string IPlanContributionPlanned.ActivityCode => ServedActivity;

    string IPlanContributionPlanned.Kind => ContributionKinds.LeadTeacherMeeting;

    string IPlanContributionPlanned.Title => SwedishFormat.Format(SchoolsTexts.LeadTeacherMeetingTimelineTitle, SchoolName);

    string? IPlanContributionPlanned.Locality => null;

    string IPlanContributionPlanned.Responsible => Responsible;

    string IPlanContributionPlanned.Link => $"skolor/forstelararmoten/{MeetingId}";

    /// <summary>By value, lists included, so a retried plan with the same Idempotency-Key is recognised as the same one.</summary>
    public bool Equals(LeadTeacherMeetingPlanned? other) =>
        other is not null
        && (MeetingId, SchoolId, SchoolName, PlanId, PlannedOn, Responsible) == (other.MeetingId, other.SchoolId, other.SchoolName, other.PlanId, other.PlannedOn, other.Responsible)
        && LeadTeachers.SequenceEqual(other.LeadTeachers)
        && PlannedActivities.SequenceEqual(other.PlannedActivities);

    public override int GetHashCode() => HashCode.Combine(MeetingId, SchoolId, PlannedOn, LeadTeachers.Count, PlannedActivities.Count);
}

/// <summary>The meeting took place: which lead teachers came (personal data), the activities planned with the school, and notes.</summary>
internal sealed record LeadTeacherMeetingHeld(Guid MeetingId, DateOnly HeldOn, IReadOnlyList<string> LeadTeachers, IReadOnlyList<string> PlannedActivities, string? Notes)
    : IPlanContributionHeld
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

internal sealed record LeadTeacherMeetingCancelled(Guid MeetingId, string Reason) : IPlanContributionCancelled
{
    Guid IPlanContribution.ContributionId => MeetingId;
}

internal static class LeadTeacherMeetingEventTypes
{
    public static readonly Type[] All = [typeof(LeadTeacherMeetingPlanned), typeof(LeadTeacherMeetingHeld), typeof(LeadTeacherMeetingCancelled)];
}
