using Naringslivsplattform.BuildingBlocks.Files;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// The evaluation as a workbook for those who count on in a spreadsheet: one sheet per part, a header row first,
/// counts as numbers (not "3 av 4": done and required in columns of their own). No charts: a spreadsheet makes its own.
/// </summary>
internal static class XlsxReport
{
    public static byte[] Render(AnnualEvaluation evaluation) => XlsxSheet.Write(
    [
        KeyFigures(evaluation),
        new(ReportTexts.SheetMeasures, [
            Row(ReportTexts.ColumnMeasure, ReportTexts.ColumnDescription, ReportTexts.ColumnActivities, ReportTexts.ColumnDone, ReportTexts.ColumnRequired, ReportTexts.ColumnActionsHeld, ReportTexts.ColumnStanding),
            .. evaluation.Measures.Select(m => Row(m.Number, m.Text, string.Join(", ", m.ActivityCodes), m.TargetsMet, m.Targets, m.ActionsHeld, EvaluationWords.Standing(m.Standing))),
        ]),
        Activities(evaluation),
        new(ReportTexts.SheetSections, [
            Row(ReportTexts.ColumnSection, ReportTexts.ColumnTitle, ReportTexts.ColumnCompanies, ReportTexts.ColumnCompaniesVisited, ReportTexts.ColumnVisits, ReportTexts.ColumnReached),
            .. evaluation.Sections.Select(s => Row(s.Code, s.Name, s.Companies, s.CompaniesVisited, s.Visits, evaluation.SectionsNotReached.Contains(s.Code) ? ReportTexts.No : ReportTexts.Yes)),
        ]),
        new(ReportTexts.SheetClusters, [
            Row(ReportTexts.ColumnCluster, ReportTexts.ColumnMeetings, ReportTexts.ColumnMet),
            .. evaluation.Clusters.Select(c => Row(c.Name, c.MeetingsHeld, c.MeetingsHeld > 0 ? ReportTexts.Yes : ReportTexts.No)),
        ]),
        new(ReportTexts.SheetDecisions, [
            Row(ReportTexts.ColumnActivity, ReportTexts.ColumnSubject, ReportTexts.ColumnNeededBy, ReportTexts.ColumnDecision, ReportTexts.ColumnDecidedOn, ReportTexts.ColumnDeadline),
            .. evaluation.Decisions.Select(d => Row(d.ActivityCode, d.Subject, SwedishFormat.Day(d.NeededBy), EvaluationWords.Decision(d.Standing),
                d.DecidedOn is { } decided ? SwedishFormat.Day(decided) : string.Empty, EvaluationWords.DeadlineMet(d.DeadlineMet))),
        ]),
    ]);

    private static XlsxSheetRows KeyFigures(AnnualEvaluation evaluation) => new(ReportTexts.SheetKeyFigures,
    [
        Row(ReportTexts.ColumnKeyFigure, evaluation.Year, evaluation.PreviousYear.Year),
        .. ReportKeyFigures.Rows(evaluation).Select(r => Row(r.Name, XlsxCell.Of(r.Number), XlsxCell.Of(r.PreviousNumber))),
    ]);

    /// <summary>Targets with their outcome, then, after an empty row, the actions of each kind.</summary>
    private static XlsxSheetRows Activities(AnnualEvaluation evaluation) => new(ReportTexts.SheetActivities,
    [
        Row(ReportTexts.ColumnCategory, ReportTexts.ColumnActivity, ReportTexts.ColumnTitle, ReportTexts.ColumnTarget, ReportTexts.ColumnDone, ReportTexts.ColumnRequired, ReportTexts.ColumnStanding),
        .. evaluation.Activities.SelectMany(a => a.Targets.Select(t =>
            Row(a.Category, a.Code, a.Title, t.Description, t.Done, t.Required, EvaluationWords.Standing(t.Standing)))),
        Row(),
        Row(ReportTexts.ColumnCategory, ReportTexts.ColumnActivity, ReportTexts.ColumnTitle, ReportTexts.ColumnKind, ReportTexts.ColumnHeld, ReportTexts.ColumnPlanned, ReportTexts.ColumnCancelled),
        .. evaluation.Activities.SelectMany(a => a.Actions.Select(t =>
            Row(a.Category, a.Code, a.Title, t.KindName, t.Held, t.Planned, t.Cancelled))),
    ]);

    private static XlsxCell[] Row(params XlsxCell[] cells) => cells;
}
