using System.Globalization;

namespace Naringslivsplattform.BuildingBlocks.Time;

/// <summary>Swedish local time (Europe/Stockholm), whatever the server's own time zone is: "today" for every rule and view.</summary>
public static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>As Swedish users read a moment: 2026-05-17 14:03.</summary>
    public static string Format(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.GetCultureInfo("sv-SE"));
}
