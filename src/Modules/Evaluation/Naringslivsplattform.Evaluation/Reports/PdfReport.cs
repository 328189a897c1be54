using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Naringslivsplattform.Evaluation.Evaluations;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>The report as an A4 PDF (PDFsharp): the same sections as the HTML page, tables and bar charts drawn, page numbers last.</summary>
internal static class PdfReport
{
    private const double CellPadding = 3;

    public static byte[] Render(ReportDocument report)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        using (var canvas = new PdfCanvas(document))
        {
            canvas.Paragraph(report.Title, PdfStyle.Title, 4);
            canvas.Paragraph(report.Day, PdfStyle.Body, 8);
            foreach (var section in report.Sections)
            {
                canvas.Ensure(PdfStyle.Heading.GetHeight() * 4);
                canvas.Paragraph(section.Heading, PdfStyle.Heading, 6);
                foreach (var block in section.Blocks)
                {
                    Draw(canvas, block);
                }
            }
        }

        NumberPages(document);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Draw(PdfCanvas canvas, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                canvas.Paragraph(paragraph.Text, PdfStyle.Body, 6);
                break;
            case ReportSubheading subheading:
                canvas.Ensure(PdfStyle.Subheading.GetHeight() * 4);
                canvas.Paragraph(subheading.Text, PdfStyle.Subheading, 4);
                break;
            case ReportTable { Rows.Count: 0 } empty:
                canvas.Paragraph($"{empty.Caption}: {ReportTexts.EmptyTable}", PdfStyle.Body, 6);
                break;
            case ReportTable table:
                DrawTable(canvas, table);
                break;
            case ReportChart chart:
                PdfBarChart.Draw(canvas, chart);
                break;
        }
    }

    private static void DrawTable(PdfCanvas canvas, ReportTable table)
    {
        var widths = ColumnWidths(canvas, table);
        canvas.Ensure(PdfStyle.Bold.GetHeight() * 4);
        canvas.Paragraph(table.Caption, PdfStyle.Bold, 2);
        var header = Layout(canvas, table.Header, widths, PdfStyle.Bold);
        DrawRow(canvas, table, header, widths, isHeader: true);
        foreach (var row in table.Rows)
        {
            var lines = Layout(canvas, row, widths, PdfStyle.Body);
            if (canvas.Ensure(Height(lines, PdfStyle.Body)))
            {
                // The row goes on a new page, under the header again.
                DrawRow(canvas, table, header, widths, isHeader: true);
            }

            DrawRow(canvas, table, lines, widths, isHeader: false);
        }

        canvas.Y += 8;
    }

    /// <summary>Each cell's text wrapped to its column.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Layout(PdfCanvas canvas, IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font) =>
        [.. cells.Select((cell, i) => canvas.Wrap(cell, font, widths[i] - (2 * CellPadding)))];

    private static double Height(IReadOnlyList<IReadOnlyList<string>> lines, XFont font) => (lines.Max(l => l.Count) * font.GetHeight()) + (2 * CellPadding);

    private static void DrawRow(PdfCanvas canvas, ReportTable table, IReadOnlyList<IReadOnlyList<string>> lines, IReadOnlyList<double> widths, bool isHeader)
    {
        var font = isHeader ? PdfStyle.Bold : PdfStyle.Body;
        var height = Height(lines, font);
        var x = PdfCanvas.Left;
        for (var column = 0; column < lines.Count; column++)
        {
            var cell = new XRect(x, canvas.Y, widths[column], height);
            if (isHeader)
            {
                canvas.Graphics.DrawRectangle(PdfStyle.HeaderFill, cell);
            }

            canvas.Graphics.DrawRectangle(PdfStyle.Grid, cell);
            var format = table.NumericColumns.Contains(column) ? XStringFormats.TopRight : XStringFormats.TopLeft;
            for (var line = 0; line < lines[column].Count; line++)
            {
                var text = new XRect(x + CellPadding, canvas.Y + CellPadding + (line * font.GetHeight()), widths[column] - (2 * CellPadding), font.GetHeight());
                canvas.Graphics.DrawString(lines[column][line], font, XBrushes.Black, text, format);
            }

            x += widths[column];
        }

        canvas.Y += height;
    }

    /// <summary>Each column as wide as its widest word or number needs, the rest of the width shared by how much text each holds.</summary>
    private static IReadOnlyList<double> ColumnWidths(PdfCanvas canvas, ReportTable table)
    {
        var rows = table.Rows.Prepend(table.Header).ToList();
        var least = Enumerable.Range(0, table.Header.Count)
            .Select(i => rows.SelectMany(r => r[i].Split(' ')).Max(word => canvas.Graphics.MeasureString(word, PdfStyle.Bold).Width) + (2 * CellPadding) + 1)
            .ToList();
        var wanted = Enumerable.Range(0, table.Header.Count)
            .Select(i => Math.Max(least[i], rows.Max(r => canvas.Graphics.MeasureString(r[i], PdfStyle.Body).Width) + (2 * CellPadding) + 1))
            .ToList();
        if (wanted.Sum() <= PdfCanvas.Width)
        {
            var spare = (PdfCanvas.Width - wanted.Sum()) / wanted.Count;
            return [.. wanted.Select(w => w + spare)];
        }

        var room = Math.Max(0, PdfCanvas.Width - least.Sum());
        var extra = wanted.Select((w, i) => w - least[i]).ToList();
        return [.. least.Select((w, i) => w + (room * extra[i] / Math.Max(1, extra.Sum())))];
    }

    private static void NumberPages(PdfDocument document)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var footer = new XRect(PdfCanvas.Margin, page.Height.Point - (PdfCanvas.Margin * 0.7), page.Width.Point - (2 * PdfCanvas.Margin), PdfStyle.Body.GetHeight());
            graphics.DrawString(SwedishFormat.Format(ReportTexts.PageNumber, i + 1, document.PageCount), PdfStyle.Body, XBrushes.Black, footer, XStringFormats.TopRight);
        }
    }
}
