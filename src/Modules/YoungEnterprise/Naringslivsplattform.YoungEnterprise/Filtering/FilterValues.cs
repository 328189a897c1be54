using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.YoungEnterprise.SchoolYears;

namespace Naringslivsplattform.YoungEnterprise.Filtering;

/// <summary>Query-string values the module's lists filter by; empty means "any".</summary>
internal static class FilterValues
{
    /// <returns>The school year in its canonical spelling ("2023/24"), null for none, or why it is not one.</returns>
    public static Outcome<string?> ReadSchoolYear(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return new Outcome<string?>(null);
        }

        return SchoolYear.Parse(written) is { } year
            ? year.ToString()
            : new DomainError("uf.school-year-invalid", YoungEnterpriseTexts.SchoolYearFilterInvalid);
    }

    /// <returns>The value named (case ignored), null for none, or <paramref name="code"/> with <paramref name="template"/> filled with the text.</returns>
    public static Outcome<T?> ReadEnum<T>(string? text, string code, string template)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Outcome<T?>(null);
        }

        return System.Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : new DomainError(code, SwedishFormat.Format(template, text.Trim()));
    }
}
