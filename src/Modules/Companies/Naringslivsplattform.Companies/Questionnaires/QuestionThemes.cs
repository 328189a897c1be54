namespace Naringslivsplattform.Companies.Questionnaires;

/// <summary>A theme questions are grouped by; the key is stored, the name is shown.</summary>
internal sealed record QuestionTheme(string Key, string Name);

/// <summary>
/// The fixed themes of activity 1.3's company visits, in the order pages show them. A new theme is a new line here
/// (and its name in the resources); "ovrigt" takes what fits none.
/// </summary>
internal static class QuestionThemes
{
    public const string Other = "ovrigt";

    public static IReadOnlyList<QuestionTheme> All { get; } =
    [
        new("kompetensforsorjning", CompaniesTexts.QuestionnaireThemeSkills),
        new("lokaler", CompaniesTexts.QuestionnaireThemePremises),
        new("tillstand", CompaniesTexts.QuestionnaireThemePermits),
        new("infrastruktur", CompaniesTexts.QuestionnaireThemeInfrastructure),
        new("upphandling", CompaniesTexts.QuestionnaireThemeProcurement),
        new("tillvaxt", CompaniesTexts.QuestionnaireThemeGrowth),
        new(Other, CompaniesTexts.QuestionnaireThemeOther),
    ];

    public static bool IsKnown(string key) => All.Any(t => t.Key == key);

    public static string Name(string key) => All.FirstOrDefault(t => t.Key == key)?.Name ?? key;
}
