using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Evaluation.Evaluations;

/// <summary>The year asked about and the day an evaluation is asked as of, checked against the store's own history.</summary>
internal static class EvaluationDay
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static DomainError? CheckYear(int year) =>
        year is < FirstYear or > LastYear ? new DomainError("evaluation.year-invalid", EvaluationTexts.EvaluationYearInvalid) : null;

    public static DomainError NoPlan(int year) =>
        new("evaluation.no-plan", SwedishFormat.Format(EvaluationTexts.EvaluationNoPlan, year), StatusCodes.Status404NotFound);

    /// <summary>A day written yyyy-MM-dd, not after today and not before the municipality's first event.</summary>
    public static async Task<Outcome<DateOnly>> ParseAsync(string text, IQuerySession session, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DomainError("evaluation.as-of-invalid", EvaluationTexts.EvaluationAsOfInvalid);
        }

        if (day > SwedishTime.Today(time))
        {
            return new DomainError("evaluation.as-of-in-future", EvaluationTexts.EvaluationAsOfInFuture);
        }

        var first = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).Select(e => e.Timestamp).FirstOrDefaultAsync(cancellationToken);
        return first == default || day < SwedishTime.DayOf(first)
            ? new DomainError("evaluation.as-of-before-first-event", SwedishFormat.Format(
                EvaluationTexts.EvaluationAsOfBeforeFirstEvent, first == default ? SwedishFormat.Day(SwedishTime.Today(time)) : SwedishFormat.Day(SwedishTime.DayOf(first))))
            : day;
    }
}
