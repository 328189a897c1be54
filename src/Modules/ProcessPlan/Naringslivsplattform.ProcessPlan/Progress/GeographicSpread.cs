using System.Globalization;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan.Progress;

/// <param name="Area">One of <c>LocalityAreas</c>; null for actions held where the municipality's list has no such place, or nowhere named.</param>
internal sealed record AreaSpread(string? Area, string AreaName, int Held, IReadOnlyList<LocalitySpread> Localities);

internal sealed record LocalitySpread(string Locality, int Held);

/// <summary>Where the held actions of some activities took place in a year, by area and place.</summary>
internal sealed record GeographicSpread(int Year, IReadOnlyList<string> Activities, int Held, IReadOnlyList<AreaSpread> Areas);

/// <summary>
/// The spread the plan asks of the business council and the micro-clusters (1.1: "en god geografisk fördelning"): every
/// action held, whichever module recorded it, placed in its area by the municipality's locality list.
/// </summary>
internal static class GeographicSpreadCalculation
{
    /// <summary>Business council meetings and micro-cluster meetings, the work the plan wants spread.</summary>
    public static readonly IReadOnlyList<string> CouncilAndClusterWork = ["1.1", "1.2"];

    public static GeographicSpread Calculate(IEnumerable<TimelineEntry> entries, IReadOnlyList<Locality> localities, IReadOnlyList<string> activities, int year)
    {
        var listed = localities.ToDictionary(l => l.Name, StringComparer.OrdinalIgnoreCase);
        var held = entries
            .Where(e => e.Status == TimelineStatus.Completed && e.HeldOn?.Year == year && activities.Contains(e.ActivityCode))
            .Select(e => e.Locality?.Trim() ?? "")
            .Select(place => listed.TryGetValue(place, out var locality) ? (Place: locality.Name, Area: locality.Area) : (Place: place, Area: (string?)null))
            .ToList();
        IEnumerable<string?> areas = [.. LocalityAreas.All, null];
        return new GeographicSpread(year, activities, held.Count, [.. areas.Select(area => new AreaSpread(
            area,
            LocalityAreas.Name(area),
            held.Count(h => h.Area == area),
            [.. held.Where(h => h.Area == area && h.Place.Length > 0).GroupBy(h => h.Place, StringComparer.OrdinalIgnoreCase)
                .Select(g => new LocalitySpread(g.Key, g.Count())).OrderByDescending(l => l.Held).ThenBy(l => l.Locality, StringComparer.Create(SwedishFormat.Culture, true))]))]);
    }
}
