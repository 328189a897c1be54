using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>The PDF's fonts and colours.</summary>
internal static class PdfStyle
{
    public static readonly XFont Title;
    public static readonly XFont Heading;
    public static readonly XFont Subheading;
    public static readonly XFont Body;
    public static readonly XFont Bold;
    public static readonly XPen Grid = new(XColor.FromArgb(0x76, 0x76, 0x76), 0.5);
    public static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xe8, 0xe8, 0xe8));

    /// <summary>The HTML chart's colours, so both formats show the series alike.</summary>
    public static readonly IReadOnlyList<XBrush> Bars = [.. SvgBarChart.Colours.Select(hex => new XSolidBrush(XColor.FromArgb(
        int.Parse(hex[1..3], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex[3..5], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex[5..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture))))];

    /// <summary>
    /// PDFsharp takes one font resolver per process, set before the first font is made. An explicit static constructor
    /// runs exactly once, at first use, so the resolver is in place before the fonts below are made.
    /// </summary>
    static PdfStyle()
    {
        GlobalFontSettings.FontResolver ??= new DejaVuFontResolver();
        Title = new XFont(DejaVuFontResolver.Family, 17, XFontStyleEx.Bold);
        Heading = new XFont(DejaVuFontResolver.Family, 13, XFontStyleEx.Bold);
        Subheading = new XFont(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold);
        Body = new XFont(DejaVuFontResolver.Family, 9);
        Bold = new XFont(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
    }
}
