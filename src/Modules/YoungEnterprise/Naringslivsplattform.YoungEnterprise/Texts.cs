using System.Globalization;

namespace Naringslivsplattform.YoungEnterprise;

/// <summary>Swedish formatting of the module's resource templates, days and numbers.</summary>
internal static class Texts
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Format(string template, params object[] values) => string.Format(Swedish, template, values);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
