using System.Text;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// A horizontal grouped bar chart as inline SVG. It is an image with a label that reads out every value, and the table
/// that follows it in the report carries the same figures as text.
/// </summary>
internal static class SvgBarChart
{
    /// <summary>Dark enough against white for graphics (WCAG 1.4.11), and told apart by the legend, not by colour alone.</summary>
    public static readonly IReadOnlyList<string> Colours = ["#1f4e79", "#b34700", "#2e7d32"];

    private const double Width = 640;
    private const double LabelWidth = 230;
    private const double ValueWidth = 40;
    private const double BarHeight = 12;
    private const double GroupGap = 8;
    private const double LegendHeight = 22;
    private const int MaxLabelLength = 36;

    public static void Append(StringBuilder html, ReportChart chart, Func<string, string> encode)
    {
        var groupHeight = (chart.Series.Count * BarHeight) + GroupGap;
        var height = LegendHeight + (chart.Groups.Count * groupHeight);
        var scale = chart.Max > 0 ? (Width - LabelWidth - ValueWidth) / chart.Max : 0;
        html.Append("<figure>\n<figcaption>").Append(encode(chart.Title)).Append("</figcaption>\n")
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
            .Append(HtmlReport.Coordinate(Width)).Append(' ').Append(HtmlReport.Coordinate(height))
            .Append("\" aria-label=\"").Append(encode(Label(chart))).Append("\" font-size=\"11\">\n");
        for (var series = 0; series < chart.Series.Count; series++)
        {
            var x = LabelWidth + (series * 140);
            html.Append("<rect x=\"").Append(HtmlReport.Coordinate(x)).Append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").Append(Colours[series % Colours.Count]).Append("\"/>")
                .Append("<text x=\"").Append(HtmlReport.Coordinate(x + 16)).Append("\" y=\"14\">").Append(encode(chart.Series[series])).Append("</text>\n");
        }

        for (var group = 0; group < chart.Groups.Count; group++)
        {
            var top = LegendHeight + (group * groupHeight);
            html.Append("<text x=\"0\" y=\"").Append(HtmlReport.Coordinate(top + (chart.Series.Count * BarHeight / 2) + 4)).Append("\">")
                .Append(encode(Short(chart.Groups[group].Label))).Append("</text>\n");
            for (var series = 0; series < chart.Series.Count; series++)
            {
                var value = chart.Groups[group].Values[series];
                var y = top + (series * BarHeight);
                html.Append("<rect x=\"").Append(HtmlReport.Coordinate(LabelWidth)).Append("\" y=\"").Append(HtmlReport.Coordinate(y))
                    .Append("\" width=\"").Append(HtmlReport.Coordinate(value * scale)).Append("\" height=\"").Append(HtmlReport.Coordinate(BarHeight - 2))
                    .Append("\" fill=\"").Append(Colours[series % Colours.Count]).Append("\"/>")
                    .Append("<text x=\"").Append(HtmlReport.Coordinate(LabelWidth + (value * scale) + 4)).Append("\" y=\"").Append(HtmlReport.Coordinate(y + BarHeight - 3))
                    .Append("\">").Append(encode(Value(value))).Append("</text>\n");
            }
        }

        html.Append("</svg>\n</figure>\n");
    }

    /// <summary>The chart read out: its title, then each group with every series' value.</summary>
    public static string Label(ReportChart chart) => SwedishFormat.Format(ReportTexts.ChartLabel, chart.Title, string.Join("; ",
        chart.Groups.Select(g => $"{g.Label}: {string.Join(", ", chart.Series.Select((s, i) => $"{s} {Value(g.Values[i])}"))}")));

    /// <summary>A label that fits left of the bars; the full one is in the chart's label and the table.</summary>
    public static string Short(string label) => label.Length <= MaxLabelLength ? label : $"{label[..(MaxLabelLength - 1)].TrimEnd()}…";

    public static string Value(double value) => value.ToString("0.#", SwedishFormat.Culture);
}
