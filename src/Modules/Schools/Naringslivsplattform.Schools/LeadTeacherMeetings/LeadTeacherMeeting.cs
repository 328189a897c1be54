using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>A meeting with a school's lead teachers (förstelärare), as its own stream has built it (inline snapshot).</summary>
/// <param name="LeadTeachers">Names: personal data.</param>
/// <param name="PlannedActivities">The entrepreneurial activities planned with the school, one short text each.</param>
internal sealed record LeadTeacherMeeting(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    Guid? PlanId,
    DateOnly PlannedOn,
    string Responsible,
    IReadOnlyList<string> LeadTeachers,
    IReadOnlyList<string> PlannedActivities,
    MeetingStatus Status,
    DateOnly? HeldOn,
    string? Notes,
    string? CancelReason) : ISchoolMeeting
{
    public DateOnly Date => HeldOn ?? PlannedOn;

    public static LeadTeacherMeeting Create(LeadTeacherMeetingPlanned planned) =>
        new(planned.MeetingId, planned.SchoolId, planned.SchoolName, planned.PlanId, planned.PlannedOn, planned.Responsible, planned.LeadTeachers,
            planned.PlannedActivities, MeetingStatus.Planned, null, null, null);

    public LeadTeacherMeeting Apply(LeadTeacherMeetingHeld held) =>
        this with { Status = MeetingStatus.Held, HeldOn = held.HeldOn, LeadTeachers = held.LeadTeachers, PlannedActivities = held.PlannedActivities, Notes = held.Notes };

    public LeadTeacherMeeting Apply(LeadTeacherMeetingCancelled cancelled) => this with { Status = MeetingStatus.Cancelled, CancelReason = cancelled.Reason };
}
