using System.Globalization;
using Naringslivsplattform.Schools.Contracts;
using Naringslivsplattform.Schools.Meetings;
using Naringslivsplattform.Schools.Resources;

namespace Naringslivsplattform.Schools.Ui;

/// <summary>How the school pages say levels, statuses and days in Swedish, and read what was typed one per line.</summary>
internal static class SchoolUiTexts
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string LevelName(SchoolLevel level) => level == SchoolLevel.UpperSecondary ? SchoolsTexts.UiLevelUpperSecondary : SchoolsTexts.UiLevelPrimary;

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => SchoolsTexts.UiStatusHeld,
        MeetingStatus.Cancelled => SchoolsTexts.UiStatusCancelled,
        _ => SchoolsTexts.UiStatusPlanned,
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Swedish);

    public static DateOnly? DateOf(DateTime? picked) => picked is { } date ? DateOnly.FromDateTime(date) : null;

    /// <summary>Names or short texts typed one per line.</summary>
    public static IReadOnlyList<string?> Lines(string? text) => (text ?? "").Split('\n');

    public static string Joined(IEnumerable<string> texts) => string.Join(", ", texts);

    public static string Format(string template, params object[] values) => string.Format(Swedish, template, values);
}
