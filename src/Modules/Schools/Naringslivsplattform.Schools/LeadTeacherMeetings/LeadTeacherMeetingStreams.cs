namespace Naringslivsplattform.Schools.LeadTeacherMeetings;

/// <summary>What every slice of a lead-teacher meeting's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class LeadTeacherMeetingStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("lead-teacher-meeting", SchoolsTexts.MeetingNotFound, SchoolsTexts.MeetingVersionStale, SchoolsTexts.MeetingVersionRequired);

    /// <summary>The kind of stream in keyed meeting ids (ADR 0007); never change it, or retries stop finding their meeting.</summary>
    public static readonly Guid Kind = new("e07b5c2a-4d91-4f36-8a1e-6c9d2b3f0a78");
}
