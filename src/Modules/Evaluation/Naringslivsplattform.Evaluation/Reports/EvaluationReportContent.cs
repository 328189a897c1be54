using System.Globalization;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// What the report says about an evaluation, section by section, in the evaluation's own words
/// (<see cref="EvaluationWords"/>), for every format that draws headings, tables and charts.
/// </summary>
internal static class EvaluationReportContent
{
    public static string Title(AnnualEvaluation evaluation) => SwedishFormat.Format(ReportTexts.ReportTitle, evaluation.Year, evaluation.PlanTitle);

    public static ReportDocument For(AnnualEvaluation evaluation) => new(
        Title(evaluation),
        SwedishFormat.Format(ReportTexts.ReportDay, SwedishFormat.Day(evaluation.Day)),
        [Summary(evaluation), Measures(evaluation), Activities(evaluation), Visits(evaluation), Clusters(evaluation), Decisions(evaluation)]);

    private static ReportSection Summary(AnnualEvaluation evaluation)
    {
        var rows = ReportKeyFigures.Rows(evaluation);
        var year = Number(evaluation.Year);
        var previous = Number(evaluation.PreviousYear.Year);
        return new(ReportTexts.SectionSummary,
        [
            new ReportParagraph(SwedishFormat.Format(ReportTexts.SummaryText,
                EvaluationWords.OutOf(evaluation.KeyFigures.TargetsMet, evaluation.KeyFigures.Targets), evaluation.KeyFigures.ActionsHeld, evaluation.KeyFigures.CompaniesVisited)),
            new ReportChart(
                SwedishFormat.Format(ReportTexts.ChartKeyFigures, year, previous),
                [year, previous],
                [.. rows.Where(r => r.IsCount).Select(r => new ReportBarGroup(r.Name, [r.Number ?? 0, r.PreviousNumber ?? 0]))]),
            new ReportTable(ReportTexts.CaptionKeyFigures, [ReportTexts.ColumnKeyFigure, year, previous],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Value, r.PreviousValue])], Numeric(1, 2)),
        ]);
    }

    private static ReportSection Measures(AnnualEvaluation evaluation) => new(ReportTexts.SectionMeasures,
    [
        new ReportTable(ReportTexts.CaptionMeasures,
            [ReportTexts.ColumnMeasure, ReportTexts.ColumnDescription, ReportTexts.ColumnActivities, ReportTexts.ColumnTargetsMet, ReportTexts.ColumnActionsHeld, ReportTexts.ColumnStanding],
            [.. evaluation.Measures.Select(m => (IReadOnlyList<string>)
            [
                Number(m.Number), m.Text, string.Join(", ", m.ActivityCodes),
                m.Targets == 0 ? "–" : SwedishFormat.Format(ReportTexts.TargetsMetValue, EvaluationWords.OutOf(m.TargetsMet, m.Targets)),
                Number(m.ActionsHeld), EvaluationWords.Standing(m.Standing),
            ])],
            Numeric(0, 4)),
    ]);

    private static ReportSection Activities(AnnualEvaluation evaluation) => new(ReportTexts.SectionActivities,
    [
        .. evaluation.Activities.GroupBy(a => (a.Category, a.CategoryTitle)).OrderBy(g => g.Key.Category).SelectMany(category => (ReportBlock[])
        [
            new ReportSubheading(SwedishFormat.Format(ReportTexts.CategoryHeading, category.Key.Category, category.Key.CategoryTitle)),
            new ReportTable(ReportTexts.CaptionActivities,
                [ReportTexts.ColumnActivity, ReportTexts.ColumnStanding],
                [.. category.Select(a => (IReadOnlyList<string>)[$"{a.Code} {a.Title}", EvaluationWords.Standing(a.Standing)])],
                Numeric()),
            new ReportTable(ReportTexts.CaptionTargets,
                [ReportTexts.ColumnActivity, ReportTexts.ColumnTarget, ReportTexts.ColumnDone, ReportTexts.ColumnStanding],
                [.. category.SelectMany(a => a.Targets.Select(t => (IReadOnlyList<string>)
                    [a.Code, t.Description, EvaluationWords.OutOf(t.Done, t.Required), EvaluationWords.Standing(t.Standing)]))],
                Numeric(2)),
            new ReportTable(ReportTexts.CaptionActions,
                [ReportTexts.ColumnActivity, ReportTexts.ColumnKind, ReportTexts.ColumnHeld, ReportTexts.ColumnPlanned, ReportTexts.ColumnCancelled],
                [.. category.SelectMany(a => a.Actions.Select(t => (IReadOnlyList<string>)
                    [a.Code, t.KindName, Number(t.Held), Number(t.Planned), Number(t.Cancelled)]))],
                Numeric(2, 3, 4)),
        ]),
    ]);

    private static ReportSection Visits(AnnualEvaluation evaluation)
    {
        var sections = evaluation.Sections.Where(s => s.Companies > 0 || s.Visits > 0).ToList();
        var notReached = evaluation.Sections.Where(s => evaluation.SectionsNotReached.Contains(s.Code)).Select(s => $"{s.Code} {s.Name}").ToList();
        return new(ReportTexts.SectionVisits,
        [
            new ReportParagraph(notReached.Count == 0
                ? ReportTexts.AllSectionsReached
                : SwedishFormat.Format(ReportTexts.SectionsNotReached, string.Join(", ", notReached))),
            new ReportChart(ReportTexts.ChartVisits, [ReportTexts.ColumnVisits, ReportTexts.ColumnCompaniesVisited],
                [.. sections.Select(s => new ReportBarGroup($"{s.Code} {s.Name}", [s.Visits, s.CompaniesVisited]))]),
            new ReportTable(ReportTexts.CaptionVisits,
                [ReportTexts.ColumnSection, ReportTexts.ColumnCompanies, ReportTexts.ColumnCompaniesVisited, ReportTexts.ColumnVisits],
                [.. sections.Select(s => (IReadOnlyList<string>)[$"{s.Code} {s.Name}", Number(s.Companies), Number(s.CompaniesVisited), Number(s.Visits)])],
                Numeric(1, 2, 3)),
        ]);
    }

    private static ReportSection Clusters(AnnualEvaluation evaluation) => new(ReportTexts.SectionClusters,
    [
        new ReportTable(ReportTexts.CaptionClusters, [ReportTexts.ColumnCluster, ReportTexts.ColumnMeetings, ReportTexts.ColumnMet],
            [.. evaluation.Clusters.Select(c => (IReadOnlyList<string>)[c.Name, Number(c.MeetingsHeld), c.MeetingsHeld > 0 ? ReportTexts.Yes : ReportTexts.No])],
            Numeric(1)),
    ]);

    private static ReportSection Decisions(AnnualEvaluation evaluation) => new(ReportTexts.SectionDecisions,
    [
        new ReportTable(ReportTexts.CaptionDecisions,
            [ReportTexts.ColumnActivity, ReportTexts.ColumnSubject, ReportTexts.ColumnNeededBy, ReportTexts.ColumnDecision, ReportTexts.ColumnDecidedOn, ReportTexts.ColumnDeadline],
            [.. evaluation.Decisions.Select(d => (IReadOnlyList<string>)
            [
                d.ActivityCode, d.Subject, SwedishFormat.Day(d.NeededBy), EvaluationWords.Decision(d.Standing),
                d.DecidedOn is { } decided ? SwedishFormat.Day(decided) : "–", EvaluationWords.DeadlineMet(d.DeadlineMet),
            ])],
            Numeric()),
    ]);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static HashSet<int> Numeric(params int[] columns) => [.. columns];
}
