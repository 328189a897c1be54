using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.Schools.Meetings;

namespace Naringslivsplattform.Schools.Ui;

/// <summary>How the school pages say levels and statuses in Swedish, read the date pickers, and read what was typed one per line.</summary>
internal static class SchoolUiTexts
{
    public static string LevelName(SchoolLevel level) => level == SchoolLevel.UpperSecondary ? SchoolsTexts.UiLevelUpperSecondary : SchoolsTexts.UiLevelPrimary;

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => SchoolsTexts.UiStatusHeld,
        MeetingStatus.Cancelled => SchoolsTexts.UiStatusCancelled,
        _ => SchoolsTexts.UiStatusPlanned,
    };

    public static DateOnly? DateOf(DateTime? picked) => picked is { } date ? DateOnly.FromDateTime(date) : null;

    /// <summary>Names or short texts typed one per line.</summary>
    public static IReadOnlyList<string?> Lines(string? text) => (text ?? "").Split('\n');

    public static string Joined(IEnumerable<string> texts) => string.Join(", ", texts);
}
