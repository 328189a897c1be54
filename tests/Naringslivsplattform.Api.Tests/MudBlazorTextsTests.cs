using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using Naringslivsplattform.BuildingBlocks.Ui;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// MudBlazor's own texts reach users (pager, clear and open buttons, date-picker arrows). Every key of the MudBlazor
/// version in use must have a Swedish text, so an upgrade that adds one fails here rather than showing English.
/// </summary>
public sealed class MudBlazorTextsTests
{
    private static readonly HashSet<string> SameInBothLanguages = ["Filter", "Start", "Ok", "OK"];

    [Fact]
    public void Every_MudBlazor_text_has_a_Swedish_translation()
    {
        var localizer = new SwedishMudLocalizer();
        var untranslated = EnglishTexts()
            .Where(english => localizer[english.Key] is var swedish
                && (swedish.ResourceNotFound || (swedish.Value == english.Value && english.Value.Any(char.IsLetter) && !SameInBothLanguages.Contains(english.Value))))
            .Select(english => english.Key)
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void MudBlazor_asks_the_Swedish_localizer_under_the_Swedish_culture()
    {
        var interceptor = new DefaultLocalizationInterceptor(NullLoggerFactory.Instance, new SwedishMudLocalizer());
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            Assert.Equal("Nästa sida", interceptor.Handle("MudTablePager_NextPage").Value);
            Assert.Equal("1–10 av 25", interceptor.Handle("MudDataGridPager_InfoFormat", 1, 10, 25).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> EnglishTexts()
    {
        var assembly = typeof(MudLocalizer).Assembly;
        using var stream = assembly.GetManifestResourceStream("MudBlazor.Resources.LanguageResource.resources")!;
        using var reader = new ResourceReader(stream);
        foreach (DictionaryEntry entry in reader)
        {
            yield return new((string)entry.Key, (string)entry.Value!);
        }
    }
}
