using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.ProcessPlan.TimeTravel;

/// <summary>
/// "As it was at the end of <see cref="Day"/>", the day read in Swedish time (Europe/Stockholm) whatever
/// the server's own time zone: an event counts when it was appended before the next Swedish midnight.
/// </summary>
internal sealed record AsOf(DateOnly Day)
{
    /// <summary>The last instant of the day in UTC.</summary>
    public DateTimeOffset End => SwedishTime.EndOfDay(Day);

    /// <summary>A day written yyyy-MM-dd that has come (today included).</summary>
    public static Outcome<AsOf> Parse(string text, DateOnly today) =>
        !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DomainError("history.as-of-invalid", ProcessPlanTexts.HistoryAsOfInvalid)
            : day > today
                ? new DomainError("history.as-of-in-future", ProcessPlanTexts.HistoryAsOfInFuture)
                : new AsOf(day);

    public DomainError BeforePlan() => new("history.as-of-before-plan", SwedishFormat.Format(ProcessPlanTexts.HistoryAsOfBeforePlan, Day));
}
