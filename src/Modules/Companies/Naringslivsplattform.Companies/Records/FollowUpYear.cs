using Naringslivsplattform.Companies.Contracts;
using Naringslivsplattform.Companies.FollowUps;

namespace Naringslivsplattform.Companies.Records;

/// <summary>
/// A year's follow-up figures for the annual evaluation, pure: the follow-ups as recorded at an instant in, the figures
/// out. Years are read from the days recorded on the follow-ups (opened on, closed on, feedback on), not from when
/// they were entered. Definitions: docs/companies.md, "Siffror för årsutvärderingen".
/// </summary>
internal static class FollowUpYear
{
    /// <param name="today">The Swedish day of the instant the follow-ups were recorded up to.</param>
    public static FollowUpFigures Calculate(IReadOnlyList<FollowUpHistory> followUps, int year, DateOnly today)
    {
        var current = followUps.Select(f => f.Now).ToList();
        var closed = current.Where(f => f.Status == FollowUpStatus.Closed && f.ClosedOn?.Year == year).ToList();
        var fedBack = current.Where(f => f.FeedbackOn?.Year == year).ToList();
        return new FollowUpFigures(
            current.Count(f => f.OpenedOn.Year == year),
            closed.Count,
            Overdue(followUps, year, today),
            Median([.. closed.Select(f => DaysSinceOpened(f, f.ClosedOn!.Value))]),
            Median([.. fedBack.Select(f => DaysSinceOpened(f, f.FeedbackOn!.Value))]));
    }

    /// <summary>
    /// Open and past due on the year's last day, or on <paramref name="today"/> when that comes first, by the live rule
    /// (<see cref="FollowUp.IsOverdue"/>) with the status of that day and the due day as last recorded. None in a year
    /// not yet begun.
    /// </summary>
    private static int Overdue(IReadOnlyList<FollowUpHistory> followUps, int year, DateOnly today)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        var day = today < endOfYear ? today : endOfYear;
        return day.Year < year ? 0 : followUps.Count(f => f.StatusOn(day) is { } status && (f.Now with { Status = status }).IsOverdue(day));
    }

    private static int DaysSinceOpened(FollowUp followUp, DateOnly day) => day.DayNumber - followUp.OpenedOn.DayNumber;

    /// <summary>The middle value; of an even count, the mean of the middle two; null when there are none.</summary>
    public static double? Median(IReadOnlyList<int> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count switch
        {
            0 => null,
            var count when count % 2 == 1 => sorted[middle],
            _ => (sorted[middle - 1] + sorted[middle]) / 2.0,
        };
    }
}
