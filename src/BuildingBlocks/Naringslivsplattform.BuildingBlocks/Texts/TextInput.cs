using Naringslivsplattform.BuildingBlocks.Http;

namespace Naringslivsplattform.BuildingBlocks.Texts;

/// <summary>The checks every text field of a command gets, so each module's rules say only what is their own (which field, which limit).</summary>
public static class TextInput
{
    /// <summary><paramref name="error"/> when the text is blank or, trimmed, longer than <paramref name="maxLength"/>.</summary>
    public static DomainError? Required(string? text, int maxLength, DomainError error) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > maxLength ? error : null;

    /// <summary><paramref name="error"/> when a text is given and is longer than <paramref name="maxLength"/>; no text is fine.</summary>
    public static DomainError? Optional(string? text, int maxLength, DomainError error) =>
        text is not null && text.Length > maxLength ? error : null;

    /// <summary>The trimmed text, or null for none or only white space: what an optional field stores.</summary>
    public static string? TrimmedOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Control characters other than tab and line breaks: nothing a person types, and NUL is refused by PostgreSQL's
    /// jsonb, so they are refused before any rule runs.
    /// </summary>
    public static bool HasControlCharacters(string text) => text.AsSpan().ContainsAnyInRange('\0', '\u0008') || text.AsSpan().ContainsAnyInRange('\u000B', '\u000C')
        || text.AsSpan().ContainsAnyInRange('\u000E', '\u001F') || text.Contains('\u007F', StringComparison.Ordinal);
}
