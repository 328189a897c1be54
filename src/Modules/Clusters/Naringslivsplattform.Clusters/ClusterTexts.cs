using System.Globalization;
using Naringslivsplattform.Clusters.Reference;
using Naringslivsplattform.Clusters.Resources;

namespace Naringslivsplattform.Clusters;

/// <summary>Swedish formatting shared by the module's rules and pages.</summary>
internal static class ClusterTexts
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Format(string template, params object?[] values) => string.Format(Swedish, template, values);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DateOf(DateTime? picked) => picked is { } value ? DateOnly.FromDateTime(value) : null;

    /// <summary>An area's Swedish name; null (no locality) is the whole municipality.</summary>
    public static string AreaName(string? area) => area switch
    {
        Areas.Town => ClustersTexts.AreaTown,
        Areas.MountainValleys => ClustersTexts.AreaMountainValleys,
        Areas.Countryside => ClustersTexts.AreaCountryside,
        _ => ClustersTexts.AreaWholeMunicipality,
    };
}
