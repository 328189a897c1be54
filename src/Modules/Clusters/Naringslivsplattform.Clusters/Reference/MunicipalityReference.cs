using System.Text.Json;
using Naringslivsplattform.BuildingBlocks.Reference;

namespace Naringslivsplattform.Clusters.Reference;

/// <summary>A micro-cluster a municipality's process plan names; no locality means the whole municipality (Företagarna).</summary>
internal sealed record NamedCluster(string Name, string? Locality);

/// <summary>What clusters are checked against in a municipality: its localities and the clusters its plans name.</summary>
internal sealed record MunicipalityReference(IReadOnlyList<Locality> Localities, IReadOnlyList<NamedCluster> Clusters)
{
    public Locality? FindLocality(string? name) =>
        Localities.FirstOrDefault(l => string.Equals(l.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Reads the clusters each municipality's seed folder names in its plans (seeds/&lt;folder&gt;/processplan-*.json, embedded at
/// build time), with the municipality's localities. The plan files name no municipality; municipality.json in the same folder does.
/// </summary>
internal static class MunicipalityReferences
{
    private static readonly Dictionary<string, MunicipalityReference> ByMunicipality = Load();

    /// <summary>The reference of a municipality (kommunkod); empty for a municipality without a seed folder.</summary>
    public static MunicipalityReference Of(string municipalityCode) =>
        ByMunicipality.GetValueOrDefault(municipalityCode, new MunicipalityReference(Localities.Of(municipalityCode), []));

    /// <summary>Every municipality with a seed folder, by kommunkod.</summary>
    public static IReadOnlyDictionary<string, MunicipalityReference> All => ByMunicipality;

    private static Dictionary<string, MunicipalityReference> Load()
    {
        var assembly = typeof(MunicipalityReferences).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).ToList();
        var references = new Dictionary<string, MunicipalityReference>(StringComparer.Ordinal);
        foreach (var folder in names.Select(n => n[..(n.LastIndexOf('/') + 1)]).Distinct())
        {
            var municipality = Read<MunicipalityFile>(assembly, folder + "municipality.json");
            var clusters = names.Where(n => n.StartsWith(folder + "processplan-", StringComparison.Ordinal))
                .SelectMany(n => Read<PlanFile>(assembly, n).Clusters ?? [])
                .DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
            references[municipality.Code] = new MunicipalityReference(Localities.Of(municipality.Code), [.. clusters]);
        }

        return references;
    }

    private static T Read<T>(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded seed file {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"The embedded seed file {name} is empty.");
    }

    private sealed record MunicipalityFile(string Code);

    private sealed record PlanFile(List<NamedCluster>? Clusters);
}
