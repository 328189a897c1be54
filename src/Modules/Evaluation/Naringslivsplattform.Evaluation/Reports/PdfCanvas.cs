using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// A4 pages drawn top to bottom: a cursor that moves down as things are drawn and starts a new page when the next
/// thing would not fit, and text wrapped to a width.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    public const double Margin = 50;

    private readonly PdfDocument _document;
    private XGraphics? _graphics;

    public PdfCanvas(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public XGraphics Graphics => _graphics!;

    /// <summary>Where the next thing is drawn, from the top of the page.</summary>
    public double Y { get; set; }

    public const double Left = Margin;

    public static double Width => XUnit.FromMillimeter(210).Point - (2 * Margin);

    private static double Bottom => XUnit.FromMillimeter(297).Point - Margin;

    /// <returns>True when a new page was started to make room.</returns>
    public bool Ensure(double height)
    {
        if (Y + height <= Bottom || Y <= Margin)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>The text broken into lines no wider than <paramref name="width"/>, at spaces where it can be.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Draws wrapped text at the cursor across the full width, moving to a new page between lines if needed.</summary>
    public void Paragraph(string text, XFont font, double spaceAfter)
    {
        var lineHeight = font.GetHeight();
        foreach (var line in Wrap(text, font, Width))
        {
            Ensure(lineHeight);
            Graphics.DrawString(line, font, XBrushes.Black, new XRect(Left, Y, Width, lineHeight), XStringFormats.TopLeft);
            Y += lineHeight;
        }

        Y += spaceAfter;
    }

    public void Dispose() => _graphics?.Dispose();
}
