using Naringslivsplattform.Schools.Meetings;
using Naringslivsplattform.Schools.Schools;

namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>The rules of meetings with lead teachers. Pure: (state, request, today) → the event to append, or why nothing may be appended.</summary>
internal static class LeadTeacherMeetingRules
{
    public const string Prefix = "lead-teacher-meeting";

    public static Outcome<LeadTeacherMeetingPlanned> Plan(Guid meetingId, School? school, PlanLeadTeacherMeetingRequest request, Guid? planId, string userName)
    {
        if (school is null)
        {
            return new DomainError($"{Prefix}.unknown-school", SchoolsTexts.LeadTeacherMeetingUnknownSchool);
        }

        var day = MeetingRules.Day(Prefix, request.PlannedOn);
        var responsible = MeetingRules.Responsible(Prefix, request.Responsible, userName);
        var teachers = MeetingRules.Names(Prefix, request.LeadTeachers);
        var activities = MeetingRules.Names(Prefix, request.PlannedActivities);
        return (day.Error ?? responsible.Error ?? teachers.Error ?? activities.Error) is { } error
            ? error
            : new LeadTeacherMeetingPlanned(meetingId, school.Id, school.Name, planId, day.Value, responsible.Value!, teachers.Value!, activities.Value!);
    }

    public static Outcome<LeadTeacherMeetingHeld> Hold(LeadTeacherMeeting meeting, HoldLeadTeacherMeetingRequest request, DateOnly today)
    {
        if (MeetingRules.Settled(Prefix, meeting.Status) is { } settled)
        {
            return settled;
        }

        var heldOn = MeetingRules.HeldOn(Prefix, request.HeldOn, today);
        var teachers = MeetingRules.Names(Prefix, request.LeadTeachers);
        var activities = MeetingRules.Names(Prefix, request.PlannedActivities);
        var notes = MeetingRules.Notes(Prefix, request.Notes);
        if ((heldOn.Error ?? teachers.Error ?? activities.Error ?? notes.Error) is { } error)
        {
            return error;
        }

        return teachers.Value!.Count == 0
            ? new DomainError($"{Prefix}.lead-teachers-required", SchoolsTexts.LeadTeacherMeetingTeachersRequired)
            : new LeadTeacherMeetingHeld(meeting.Id, heldOn.Value, teachers.Value, activities.Value!, notes.Value);
    }

    public static Outcome<LeadTeacherMeetingCancelled> Cancel(LeadTeacherMeeting meeting, CancelMeetingRequest request)
    {
        var reason = MeetingRules.CancelReason(Prefix, meeting.Status, request);
        return reason.Value is { } text ? new LeadTeacherMeetingCancelled(meeting.Id, text) : reason.Error!;
    }
}
