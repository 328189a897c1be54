using System.Globalization;

namespace Naringslivsplattform.ProcessPlan.History;

/// <summary>Swedish local time (Europe/Stockholm), whatever the server's own time zone is.</summary>
internal static class StockholmTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>As Swedish users read a moment: 2026-05-17 14:03.</summary>
    public static string Format(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.GetCultureInfo("sv-SE"));
}
