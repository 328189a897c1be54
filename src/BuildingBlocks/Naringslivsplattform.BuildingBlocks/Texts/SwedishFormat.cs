using System.Globalization;

namespace Naringslivsplattform.BuildingBlocks.Texts;

/// <summary>Numbers, dates and messages as Swedish users read them (sv-SE: decimal comma, ISO dates), whatever the server's culture.</summary>
public static class SwedishFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A message from a resource template with its values in Swedish form.</summary>
    public static string Format(string template, params object?[] values) => string.Format(Culture, template, values);

    /// <summary>A day as 2026-05-17.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Culture);
}
