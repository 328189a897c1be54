using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// The report as one standalone, printable HTML page: no scripts and no outside resources, styles inline, so it can
/// be saved, mailed and printed on A4 as it is. Every text is encoded; Swedish letters are kept as they are.
/// </summary>
internal static class HtmlReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #555; break-after: avoid; }
        h3 { font-size: 1.05rem; margin-top: 1.2rem; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
        th, td { border: 1px solid #767676; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        td.number, th.number { text-align: right; }
        tr, figure { break-inside: avoid; }
        figure { margin: 0.6rem 0; }
        figcaption { font-weight: bold; }
        @page { size: A4; margin: 18mm; }
        @media print { body { margin: 0; max-width: none; font-size: 10pt; } }
        """;

    public static string Render(ReportDocument report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(report.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(Encode(report.Title)).Append("</h1>\n<p>").Append(Encode(report.Day)).Append("</p>\n</header>\n<main>\n");
        var number = 0;
        foreach (var section in report.Sections)
        {
            var id = $"del-{++number}";
            html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">")
                .Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Append(html, block);
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Append(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                break;
            case ReportSubheading subheading:
                html.Append("<h3>").Append(Encode(subheading.Text)).Append("</h3>\n");
                break;
            case ReportTable table:
                AppendTable(html, table);
                break;
            case ReportChart chart:
                SvgBarChart.Append(html, chart, Encode);
                break;
        }
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        if (table.Rows.Count == 0)
        {
            html.Append("<p><strong>").Append(Encode(table.Caption)).Append(":</strong> ").Append(Encode(ReportTexts.EmptyTable)).Append("</p>\n");
            return;
        }

        html.Append("<table>\n<caption>").Append(Encode(table.Caption)).Append("</caption>\n<thead><tr>");
        for (var column = 0; column < table.Header.Count; column++)
        {
            html.Append("<th scope=\"col\"").Append(NumberClass(table, column)).Append('>').Append(Encode(table.Header[column])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var column = 0; column < row.Count; column++)
            {
                html.Append("<td").Append(NumberClass(table, column)).Append('>').Append(Encode(row[column])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string NumberClass(ReportTable table, int column) => table.NumericColumns.Contains(column) ? " class=\"number\"" : string.Empty;

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Numbers in SVG coordinates: a dot as decimal separator whatever the culture.</summary>
    internal static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
