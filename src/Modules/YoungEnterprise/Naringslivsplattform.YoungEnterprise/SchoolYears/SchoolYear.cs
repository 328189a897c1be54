using System.Globalization;
using System.Text.RegularExpressions;

namespace Naringslivsplattform.YoungEnterprise.SchoolYears;

/// <summary>
/// A Swedish school year (läsår), written "2023/24": from 1 July of its first calendar year to 30 June of the next, so
/// the primary-school UF day on 21 August falls early in the year it belongs to.
/// </summary>
internal readonly partial record struct SchoolYear(int StartYear)
{
    public DateOnly Starts => new(StartYear, 7, 1);

    public DateOnly Ends => new(StartYear + 1, 6, 30);

    public static SchoolYear Of(DateOnly day) => new(day.Month >= 7 ? day.Year : day.Year - 1);

    /// <summary>"2023/24": four digits, a slash, and the last two digits of the next year.</summary>
    public static SchoolYear? Parse(string? text)
    {
        var match = Written().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        return int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture) == (start + 1) % 100 ? new SchoolYear(start) : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");

    [GeneratedRegex(@"^(?<start>\d{4})/(?<end>\d{2})$")]
    private static partial Regex Written();
}
