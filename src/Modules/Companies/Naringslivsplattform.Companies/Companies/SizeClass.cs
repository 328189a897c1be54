namespace Naringslivsplattform.Companies.Companies;

/// <summary>
/// Size by number of employees, in the classes Statistics Sweden uses for its business register (storleksklass):
/// written in the API, the CSV files and the UI as 0, 1-4, 5-9, 10-19, 20-49, 50-249 and 250+.
/// </summary>
internal enum SizeClass
{
    NoEmployees,
    From1To4,
    From5To9,
    From10To19,
    From20To49,
    From50To249,
    From250,
}

internal static class SizeClasses
{
    private static readonly (SizeClass Class, string Label)[] Labels =
    [
        (SizeClass.NoEmployees, "0"), (SizeClass.From1To4, "1-4"), (SizeClass.From5To9, "5-9"), (SizeClass.From10To19, "10-19"),
        (SizeClass.From20To49, "20-49"), (SizeClass.From50To249, "50-249"), (SizeClass.From250, "250+"),
    ];

    public static IEnumerable<SizeClass> All => Labels.Select(l => l.Class);

    /// <summary>"1-4" (also with an en dash, as Swedish text often has it) → <see cref="SizeClass.From1To4"/>.</summary>
    public static SizeClass? Parse(string? label)
    {
        var normalised = label?.Trim().Replace('–', '-').Replace(" ", "", StringComparison.Ordinal);
        return Labels.Where(l => l.Label == normalised).Select(l => (SizeClass?)l.Class).FirstOrDefault();
    }

    public static string Label(SizeClass size) => Labels.First(l => l.Class == size).Label;
}
