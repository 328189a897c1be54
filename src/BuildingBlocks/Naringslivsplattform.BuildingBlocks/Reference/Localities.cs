using System.Text.Json;

namespace Naringslivsplattform.BuildingBlocks.Reference;

/// <summary>A place in the municipality; <paramref name="Area"/> is one of <see cref="LocalityAreas"/>.</summary>
public sealed record Locality(string Name, string Area);

/// <summary>
/// The municipalities' reference lists of localities (seeds/&lt;municipality&gt;/localities.json, embedded at build time); shared,
/// because companies, clusters and the plan's geographic spread all speak of the same places.
/// </summary>
public static class Localities
{
    private static readonly Dictionary<string, IReadOnlyList<Locality>> ByMunicipality = Load();

    /// <summary>The localities of a municipality (kommunkod); none for a municipality without a list.</summary>
    public static IReadOnlyList<Locality> Of(string municipalityCode) =>
        ByMunicipality.GetValueOrDefault(municipalityCode, []);

    private static Dictionary<string, IReadOnlyList<Locality>> Load()
    {
        var assembly = typeof(Localities).Assembly;
        var lists = new Dictionary<string, IReadOnlyList<Locality>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("localities/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<LocalitiesFile>(stream, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException($"The embedded locality list {name} is empty.");
            lists[file.MunicipalityCode] = file.Localities;
        }

        return lists;
    }

    private sealed record LocalitiesFile(string MunicipalityCode, List<Locality> Localities);
}
