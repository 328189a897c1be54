using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Evaluation.Audit;

internal static class AuditFormat
{
    /// <summary>Moments stay on one line; the log and the stream page share the look, so it is here rather than in two style sheets.</summary>
    public const string NoWrap = "white-space: nowrap";

    /// <summary>User names (an API key's is long) and event type names wrap where they must rather than widening the table.</summary>
    public const string Breakable = "overflow-wrap: anywhere";

    /// <summary>Correlation and causation ids are long: smaller, and broken anywhere rather than widening the table.</summary>
    public const string Id = "font-size: 0.8125rem; word-break: break-all";

    /// <summary>A moment in Swedish time to the second, as the log page and the CSV show it: an audit may need to order two events of one minute.</summary>
    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, SwedishTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
