using PdfSharp.Fonts;

namespace Naringslivsplattform.Evaluation.Reports;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux: every face the report uses is read from DejaVu Sans (Debian package
/// fonts-dejavu-core, which <c>./run</c> and <c>./test</c> install), a font with every Swedish letter.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>Every family asked for is drawn with DejaVu Sans; italic is slanted by PDFsharp, not a face of its own.</summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(Folder, $"{faceName}.ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new InvalidOperationException($"The font {path} is missing: install the Debian package fonts-dejavu-core.");
    }
}
