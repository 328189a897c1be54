namespace Naringslivsplattform.Schools.CouncilMeetings;

/// <summary>What every slice of a council meeting's stream shares: how a change to it is refused, and what keyed creates of it are derived from.</summary>
internal static class CouncilMeetingStreams
{
    public static readonly StreamErrors Errors =
        StreamErrors.For("council-meeting", SchoolsTexts.MeetingNotFound, SchoolsTexts.MeetingVersionStale, SchoolsTexts.MeetingVersionRequired);

    /// <summary>The kind of stream in keyed meeting ids (ADR 0007); never change it, or retries stop finding their meeting.</summary>
    public static readonly Guid Kind = new("5a0f3e9d-2c18-4b7a-9e64-d3b1a8c70f25");
}
