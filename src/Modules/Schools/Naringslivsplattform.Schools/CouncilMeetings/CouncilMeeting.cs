using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>A member company that came to a meeting, by its name then.</summary>
internal sealed record AttendingCompany(Guid CompanyId, string CompanyName);

/// <summary>A meeting of an industry council, as its own stream has built it (inline snapshot).</summary>
internal sealed record CouncilMeeting(
    Guid Id,
    Guid CouncilId,
    string CouncilName,
    Guid? PlanId,
    DateOnly PlannedOn,
    string Responsible,
    string? Agenda,
    MeetingStatus Status,
    DateOnly? HeldOn,
    string? Notes,
    IReadOnlyList<AttendingCompany> AttendingCompanies,
    IReadOnlyList<string> Attendees,
    string? CancelReason) : ISchoolMeeting
{
    /// <summary>The day the meeting sorts by: when it was held once held, else when it is planned.</summary>
    public DateOnly Date => HeldOn ?? PlannedOn;

    public static CouncilMeeting Create(CouncilMeetingPlanned planned) =>
        new(planned.MeetingId, planned.CouncilId, planned.CouncilName, planned.PlanId, planned.PlannedOn, planned.Responsible, planned.Agenda,
            MeetingStatus.Planned, null, null, [], [], null);

    public CouncilMeeting Apply(CouncilMeetingRescheduled rescheduled) => this with { PlannedOn = rescheduled.PlannedOn };

    public CouncilMeeting Apply(CouncilMeetingHeld held) =>
        this with { Status = MeetingStatus.Held, HeldOn = held.HeldOn, Notes = held.Notes, AttendingCompanies = held.AttendingCompanies, Attendees = held.Attendees };

    public CouncilMeeting Apply(CouncilMeetingCancelled cancelled) => this with { Status = MeetingStatus.Cancelled, CancelReason = cancelled.Reason };
}
