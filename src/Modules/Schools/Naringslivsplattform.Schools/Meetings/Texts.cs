namespace Naringslivsplattform.Schools.Meetings;

/// <summary>How the module reads free text from a request.</summary>
internal static class Texts
{
    /// <returns>The text trimmed; null when it is missing or blank.</returns>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <returns>The non-blank texts trimmed, each once, in the order given.</returns>
    public static IReadOnlyList<string> List(IReadOnlyList<string?>? texts) =>
        [.. (texts ?? []).Select(Optional).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
}
