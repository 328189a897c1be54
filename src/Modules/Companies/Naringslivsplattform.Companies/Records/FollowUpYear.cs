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

    /// <summary>
    /// The stored follow-ups that a figure of <paramref name="firstYear"/> to <paramref name="lastYear"/> can count: opened
    /// by the last year's end, and opened, closed or fed back since the first year began, or not closed. One closed
    /// before the first year began, and not reopened since, was closed on every day of the years, so no figure counts it:
    /// the read follows the open and recent follow-ups, not every one ever opened.
    /// </summary>
    public static async Task<IReadOnlyList<FollowUpHistory>> CountedInAsync(IQuerySession session, int firstYear, int lastYear, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31));
        return await session.Query<FollowUpHistory>()
            .Where(f => f.Now.OpenedOn <= to
                        && (f.Now.OpenedOn >= from || f.Now.Status != FollowUpStatus.Closed || f.Now.ClosedOn >= from || f.Now.FeedbackOn >= from))
            .ToListAsync(cancellationToken);
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
