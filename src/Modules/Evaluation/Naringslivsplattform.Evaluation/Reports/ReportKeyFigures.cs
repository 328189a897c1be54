using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Reports;

/// <param name="Name">As <see cref="EvaluationComparison.KeyFigureLines"/> names it, so the report and the dashboard agree.</param>
/// <param name="Number">The value as a number for charts and spreadsheets; null where there is nothing to measure.</param>
/// <param name="IsCount">A count of things (charted); the medians are days and would dwarf or vanish beside counts.</param>
internal sealed record KeyFigureRow(string Name, string Value, string PreviousValue, double? Number, double? PreviousNumber, bool IsCount);

/// <summary>The year's key figures beside the previous year's, as text and as numbers.</summary>
internal static class ReportKeyFigures
{
    public static IReadOnlyList<KeyFigureRow> Rows(AnnualEvaluation evaluation)
    {
        var lines = EvaluationComparison.KeyFigureLines(evaluation.KeyFigures).ToList();
        var previousLines = EvaluationComparison.KeyFigureLines(evaluation.PreviousYear).ToList();
        var numbers = Numbers(evaluation.KeyFigures);
        var previousNumbers = Numbers(evaluation.PreviousYear);
        return [.. lines.Select((line, i) => new KeyFigureRow(
            line.Name, line.Value, previousLines[i].Value, numbers[i].Value, previousNumbers[i].Value, numbers[i].IsCount))];
    }

    /// <summary>In the order of <see cref="EvaluationComparison.KeyFigureLines"/>.</summary>
    private static IReadOnlyList<(double? Value, bool IsCount)> Numbers(KeyFigures figures) =>
    [
        (figures.ActionsHeld, true),
        (figures.TargetsMet, true),
        (figures.CompaniesVisited, true),
        (figures.VisitsHeld, true),
        (figures.VisitsWithPoliticians, true),
        (figures.FollowUpsOpened, true),
        (figures.FollowUpsClosed, true),
        (figures.FollowUpsOverdue, true),
        (figures.MedianDaysToClose, false),
        (figures.MedianDaysToFeedback, false),
    ];
}
