using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

internal sealed record LeadTeacherMeetingResponse(
    Guid Id, Guid SchoolId, string SchoolName, Guid? PlanId, DateOnly PlannedOn, string Responsible, IReadOnlyList<string> LeadTeachers,
    IReadOnlyList<string> PlannedActivities, MeetingStatus Status, DateOnly? HeldOn, string? Notes, string? CancelReason, long Version)
    : IVersionedResponse
{
    public static LeadTeacherMeetingResponse Of(Versioned<LeadTeacherMeeting> meeting) => Of(meeting.Value, meeting.Version);

    public static LeadTeacherMeetingResponse Of(LeadTeacherMeeting m, long version) =>
        new(m.Id, m.SchoolId, m.SchoolName, m.PlanId, m.PlannedOn, m.Responsible, m.LeadTeachers, m.PlannedActivities, m.Status, m.HeldOn, m.Notes, m.CancelReason, version);
}
