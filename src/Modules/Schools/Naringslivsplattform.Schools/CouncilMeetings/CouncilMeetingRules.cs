using Naringslivsplattform.Schools.IndustryCouncils;
using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>The industry-council meetings' rules. Pure: (state, request, today) → the event to append, or why nothing may be appended.</summary>
internal static class CouncilMeetingRules
{
    public const string Prefix = "council-meeting";

    /// <param name="planId">The plan whose activity 2.1 covers the day; null when none does.</param>
    public static Outcome<CouncilMeetingPlanned> Plan(Guid meetingId, IndustryCouncil? council, PlanCouncilMeetingRequest request, Guid? planId, string userName)
    {
        if (council is null)
        {
            return IndustryCouncilStreams.Errors.NotFound;
        }

        if (MeetingRules.Day(Prefix, request.PlannedOn) is { Error: { } dayError })
        {
            return dayError;
        }

        var responsible = MeetingRules.Responsible(Prefix, request.Responsible, userName);
        var agenda = MeetingRules.Notes(Prefix, request.Agenda);
        return (responsible.Error ?? agenda.Error) is { } error
            ? error
            : new CouncilMeetingPlanned(meetingId, council.Id, council.Name, planId, request.PlannedOn!.Value, responsible.Value!, agenda.Value);
    }

    public static Outcome<CouncilMeetingRescheduled> Reschedule(CouncilMeeting meeting, RescheduleMeetingRequest request)
    {
        if (MeetingRules.Settled(Prefix, meeting.Status) is { } settled)
        {
            return settled;
        }

        var day = MeetingRules.Day(Prefix, request.PlannedOn);
        var reason = MeetingRules.Notes(Prefix, request.Reason);
        return (day.Error ?? reason.Error) is { } error ? error : new CouncilMeetingRescheduled(meeting.Id, day.Value, reason.Value);
    }

    /// <param name="council">The meeting's council as it is now: attending companies must be its members.</param>
    public static Outcome<CouncilMeetingHeld> Hold(CouncilMeeting meeting, IndustryCouncil council, HoldCouncilMeetingRequest request, DateOnly today)
    {
        if (MeetingRules.Settled(Prefix, meeting.Status) is { } settled)
        {
            return settled;
        }

        var heldOn = MeetingRules.HeldOn(Prefix, request.HeldOn, today);
        var notes = MeetingRules.Notes(Prefix, request.Notes);
        var attendees = MeetingRules.Names(Prefix, request.Attendees);
        if ((heldOn.Error ?? notes.Error ?? attendees.Error) is { } error)
        {
            return error;
        }

        var ids = (request.AttendingCompanyIds ?? []).Distinct().ToList();
        var members = ids.Select(id => council.Members.FirstOrDefault(m => m.CompanyId == id)).ToList();
        if (members.Any(m => m is null))
        {
            return new DomainError($"{Prefix}.unknown-company", SchoolsTexts.CouncilMeetingUnknownCompany);
        }

        return new CouncilMeetingHeld(meeting.Id, heldOn.Value, notes.Value, [.. members.Select(m => new AttendingCompany(m!.CompanyId, m.CompanyName))], attendees.Value!);
    }

    public static Outcome<CouncilMeetingCancelled> Cancel(CouncilMeeting meeting, CancelMeetingRequest request)
    {
        var reason = MeetingRules.CancelReason(Prefix, meeting.Status, request);
        return reason.Value is { } text ? new CouncilMeetingCancelled(meeting.Id, text) : reason.Error!;
    }
}
