using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

internal sealed record CouncilMeetingResponse(
    Guid Id, Guid CouncilId, string CouncilName, Guid? PlanId, DateOnly PlannedOn, string Responsible, string? Agenda, MeetingStatus Status,
    DateOnly? HeldOn, string? Notes, IReadOnlyList<AttendingCompany> AttendingCompanies, IReadOnlyList<string> Attendees, string? CancelReason, long Version)
    : IVersionedResponse
{
    public static CouncilMeetingResponse Of(Versioned<CouncilMeeting> meeting) => Of(meeting.Value, meeting.Version);

    public static CouncilMeetingResponse Of(CouncilMeeting m, long version) =>
        new(m.Id, m.CouncilId, m.CouncilName, m.PlanId, m.PlannedOn, m.Responsible, m.Agenda, m.Status, m.HeldOn, m.Notes, m.AttendingCompanies, m.Attendees, m.CancelReason, version);
}
