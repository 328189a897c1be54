using System.Text.Json;

namespace Naringslivsplattform.Clusters.Reference;

/// <summary>A place in the municipality; <paramref name="Area"/> is one of <see cref="Areas"/>.</summary>
internal sealed record Locality(string Name, string Area);

/// <summary>A micro-cluster a municipality's process plan names; no locality means the whole municipality (Företagarna).</summary>
internal sealed record NamedCluster(string Name, string? Locality);

/// <summary>What a municipality's seed folder says about clusters: its localities and the clusters its plans name.</summary>
internal sealed record MunicipalityReference(IReadOnlyList<Locality> Localities, IReadOnlyList<NamedCluster> Clusters)
{
    public Locality? FindLocality(string? name) =>
        Localities.FirstOrDefault(l => string.Equals(l.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Reads each municipality's seed folder (seeds/&lt;folder&gt;/localities.json and processplan-*.json, embedded at build
/// time). The plan files name no municipality; the locality list in the same folder does.
/// </summary>
internal static class MunicipalityReferences
{
    private static readonly Dictionary<string, MunicipalityReference> ByMunicipality = Load();

    /// <summary>The reference of a municipality (kommunkod); empty for a municipality without a seed folder.</summary>
    public static MunicipalityReference Of(string municipalityCode) =>
        ByMunicipality.GetValueOrDefault(municipalityCode, new MunicipalityReference([], []));

    /// <summary>Every municipality with a seed folder, by kommunkod.</summary>
    public static IReadOnlyDictionary<string, MunicipalityReference> All => ByMunicipality;

    private static Dictionary<string, MunicipalityReference> Load()
    {
        var assembly = typeof(MunicipalityReferences).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).ToList();
        var references = new Dictionary<string, MunicipalityReference>(StringComparer.Ordinal);
        foreach (var folder in names.Select(n => n[..(n.LastIndexOf('/') + 1)]).Distinct())
        {
            var localities = Read<LocalitiesFile>(assembly, folder + "localities.json");
            var clusters = names.Where(n => n.StartsWith(folder + "processplan-", StringComparison.Ordinal))
                .SelectMany(n => Read<PlanFile>(assembly, n).Clusters ?? [])
                .DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
            references[localities.MunicipalityCode] = new MunicipalityReference(localities.Localities, [.. clusters]);
        }

        return references;
    }

    private static T Read<T>(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded seed file {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"The embedded seed file {name} is empty.");
    }

    private sealed record LocalitiesFile(string MunicipalityCode, List<Locality> Localities);

    private sealed record PlanFile(List<NamedCluster>? Clusters);
}

/// <summary>The areas the locality lists sort places into; a cluster without a locality covers the whole municipality.</summary>
internal static class Areas
{
    public const string Town = "town";
    public const string MountainValleys = "mountain-valleys";
    public const string Countryside = "countryside";

    public static readonly IReadOnlyList<string> All = [Town, MountainValleys, Countryside];
}
