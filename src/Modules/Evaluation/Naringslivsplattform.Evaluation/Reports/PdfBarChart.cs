using PdfSharp.Drawing;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>The report's horizontal grouped bar chart drawn with rectangles, in the colours of the HTML page's chart.</summary>
internal static class PdfBarChart
{
    private const double LabelWidth = 170;
    private const double ValueWidth = 30;
    private const double BarHeight = 10;
    private const double GroupGap = 6;

    public static void Draw(PdfCanvas canvas, ReportChart chart)
    {
        var font = PdfStyle.Body;
        var brushes = PdfStyle.Bars;
        var groupHeight = (chart.Series.Count * BarHeight) + GroupGap;
        var scale = chart.Max > 0 ? (PdfCanvas.Width - LabelWidth - ValueWidth) / chart.Max : 0;
        canvas.Ensure(Math.Min(font.GetHeight() * 3 + (chart.Groups.Count * groupHeight), 400));
        canvas.Paragraph(chart.Title, PdfStyle.Bold, 2);
        DrawLegend(canvas, chart, font, brushes);
        foreach (var group in chart.Groups)
        {
            canvas.Ensure(groupHeight);
            canvas.Graphics.DrawString(SvgBarChart.Short(group.Label), font, XBrushes.Black,
                new XRect(PdfCanvas.Left, canvas.Y, LabelWidth - 4, chart.Series.Count * BarHeight), XStringFormats.CenterLeft);
            for (var series = 0; series < chart.Series.Count; series++)
            {
                var value = group.Values[series];
                var y = canvas.Y + (series * BarHeight);
                canvas.Graphics.DrawRectangle(brushes[series % brushes.Count], new XRect(PdfCanvas.Left + LabelWidth, y, value * scale, BarHeight - 2));
                canvas.Graphics.DrawString(SvgBarChart.Value(value), font, XBrushes.Black,
                    new XRect(PdfCanvas.Left + LabelWidth + (value * scale) + 3, y, ValueWidth, BarHeight - 2), XStringFormats.CenterLeft);
            }

            canvas.Y += groupHeight;
        }

        canvas.Y += 6;
    }

    private static void DrawLegend(PdfCanvas canvas, ReportChart chart, XFont font, IReadOnlyList<XBrush> brushes)
    {
        for (var series = 0; series < chart.Series.Count; series++)
        {
            var x = PdfCanvas.Left + LabelWidth + (series * 120);
            canvas.Graphics.DrawRectangle(brushes[series % brushes.Count], new XRect(x, canvas.Y + 1, 9, 9));
            canvas.Graphics.DrawString(chart.Series[series], font, XBrushes.Black, new XRect(x + 13, canvas.Y, 100, 11), XStringFormats.CenterLeft);
        }

        canvas.Y += 16;
    }
}
