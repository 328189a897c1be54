using System.Text.Json;

namespace Naringslivsplattform.Companies.Reference;

/// <summary>A section (avdelning A–U) of SNI 2007 and the 2-digit divisions it spans, inclusive.</summary>
internal sealed record SniSection(string Code, string Name, int DivisionFrom, int DivisionTo);

/// <summary>
/// An SNI code as stored on a company: the 5-digit code, the section it belongs to, and the version of the
/// classification it was given in, so a later SNI revision can live beside it without reinterpreting old codes.
/// </summary>
internal sealed record SniCode(string Code, string Section, string Classification);

/// <summary>SNI 2007 sections from seeds/reference/sni2007-sections.json (embedded at build time).</summary>
internal static class SniClassification
{
    public const string Version = "SNI 2007";

    public static IReadOnlyList<SniSection> Sections { get; } = Load();

    /// <summary>
    /// "62010" or "62.010" → the code with its section; null when it is not five digits or its division
    /// (first two digits) is in no section (unused divisions such as 04 or 34 included).
    /// </summary>
    public static SniCode? Find(string? text)
    {
        var digits = text?.Trim().Replace(".", "", StringComparison.Ordinal) ?? "";
        if (digits.Length != 5 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var division = int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture);
        return Sections.FirstOrDefault(s => division >= s.DivisionFrom && division <= s.DivisionTo) is { } section
            ? new SniCode(digits, section.Code, Version)
            : null;
    }

    public static string SectionName(string code) => Sections.FirstOrDefault(s => s.Code == code)?.Name ?? code;

    private static List<SniSection> Load()
    {
        using var stream = typeof(SniClassification).Assembly.GetManifestResourceStream("sni2007-sections.json")
            ?? throw new InvalidOperationException("The embedded SNI 2007 sections are missing.");
        var file = JsonSerializer.Deserialize<SectionsFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded SNI 2007 sections are empty.");
        if (file.Classification != Version)
        {
            throw new InvalidOperationException($"Expected {Version} sections, found {file.Classification}.");
        }

        return file.Sections;
    }

    private sealed record SectionsFile(string Classification, List<SniSection> Sections);
}
