using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Naringslivsplattform.BuildingBlocks.Ui;

/// <summary>
/// MudBlazor's own texts (pagers, clear and open buttons, date-picker arrows, validation) in Swedish, from
/// <c>Resources/MudBlazorTexts.resx</c>: MudBlazor ships English only, and screen readers read these labels aloud.
/// </summary>
public sealed class SwedishMudLocalizer : MudLocalizer
{
    private static readonly ResourceManager Texts = new("Naringslivsplattform.BuildingBlocks.Resources.MudBlazorTexts", typeof(SwedishMudLocalizer).Assembly);
    private static readonly CultureInfo Swedish = Naringslivsplattform.BuildingBlocks.Texts.SwedishFormat.Culture;

    public override LocalizedString this[string key] =>
        Texts.GetString(key, Swedish) is { } text ? new LocalizedString(key, text) : base[key];
}
