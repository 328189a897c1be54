namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// The annual evaluation report as headings, paragraphs, tables and charts, independent of format, so the printable
/// HTML page and the PDF say the same things in the same order.
/// </summary>
/// <param name="Day">"Läget den …": the day the figures stand on.</param>
internal sealed record ReportDocument(string Title, string Day, IReadOnlyList<ReportSection> Sections);

internal sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

internal abstract record ReportBlock;

internal sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>A heading within a section, e.g. a plan category.</summary>
internal sealed record ReportSubheading(string Text) : ReportBlock;

/// <param name="NumericColumns">Columns of numbers, right-aligned when drawn.</param>
internal sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> NumericColumns) : ReportBlock;

/// <summary>A horizontal bar chart: one group of bars per label, one bar per series; the table beside it is its text alternative.</summary>
internal sealed record ReportChart(string Title, IReadOnlyList<string> Series, IReadOnlyList<ReportBarGroup> Groups) : ReportBlock
{
    public double Max => Groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max();
}

internal sealed record ReportBarGroup(string Label, IReadOnlyList<double> Values);
