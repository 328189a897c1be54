using System.Text.RegularExpressions;

namespace Naringslivsplattform.BuildingBlocks.Tenancy;

/// <summary>
/// The tenant: a Swedish municipality, identified by its four-digit kommunkod (Vilhelmina is 2462).
/// The kommunkod is the Marten tenant id.
/// </summary>
public static partial class Municipality
{
    public const string VilhelminaCode = "2462";

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex CodePattern();
}
