using System.Globalization;

namespace Naringslivsplattform.Access.Ui;

/// <summary>Times as Swedish users read them: Swedish local time, written the sv-SE way (2026-05-17 14:03).</summary>
internal static class SwedishTime
{
    private static readonly TimeZoneInfo Stockholm =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Format(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Stockholm).ToString("yyyy-MM-dd HH:mm", Swedish);
}
