using System.Globalization;

namespace Naringslivsplattform.BuildingBlocks.Time;

/// <summary>Swedish local time (Europe/Stockholm), whatever the server's own time zone is: "today" for every rule and view.</summary>
public static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider time) => DayOf(time.GetUtcNow());

    /// <summary>The Swedish day a moment falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>The last instant of a Swedish day, to the microsecond (PostgreSQL's precision), in UTC: "as of the day" means up to it.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) =>
        new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Zone)).AddTicks(-TimeSpan.TicksPerMicrosecond);

    /// <summary>As Swedish users read a moment: 2026-05-17 14:03.</summary>
    public static string Format(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("yyyy-MM-dd HH:mm", Texts.SwedishFormat.Culture);
}
