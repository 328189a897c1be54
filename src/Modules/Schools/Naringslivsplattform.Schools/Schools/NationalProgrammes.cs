namespace Naringslivsplattform.Schools.Schools;

/// <summary>
/// The national upper-secondary programmes (Skolverket's 18); a school's programmes are taken from this list. The
/// process plan names Försäljnings- och serviceprogrammet, so it comes first.
/// </summary>
internal static class NationalProgrammes
{
    public static readonly IReadOnlyList<string> All =
    [
        "Försäljnings- och serviceprogrammet",
        "Barn- och fritidsprogrammet",
        "Bygg- och anläggningsprogrammet",
        "Ekonomiprogrammet",
        "El- och energiprogrammet",
        "Estetiska programmet",
        "Fordons- och transportprogrammet",
        "Hantverksprogrammet",
        "Hotell- och turismprogrammet",
        "Humanistiska programmet",
        "Industritekniska programmet",
        "Naturbruksprogrammet",
        "Naturvetenskapsprogrammet",
        "Restaurang- och livsmedelsprogrammet",
        "Samhällsvetenskapsprogrammet",
        "Teknikprogrammet",
        "VVS- och fastighetsprogrammet",
        "Vård- och omsorgsprogrammet",
    ];

    /// <returns>The programme's name as the list spells it; null when it is not a national programme.</returns>
    public static string? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
