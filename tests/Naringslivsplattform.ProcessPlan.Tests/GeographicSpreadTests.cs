using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Timeline;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class GeographicSpreadTests
{
    private static readonly Guid PlanId = Guid.CreateVersion7();

    private static TimelineEntry Held(string activity, string? locality, DateOnly heldOn, TimelineStatus status = TimelineStatus.Completed, string source = "action") =>
        new(Guid.CreateVersion7(), PlanId, activity, 1, "Other", "Möte", status, heldOn, heldOn, status == TimelineStatus.Completed ? heldOn : null, locality, "Anna", source, "");

    [Fact]
    public void Held_council_and_cluster_work_is_placed_in_its_area_by_the_locality_list_whoever_recorded_it()
    {
        var entries = new[]
        {
            Held("1.1", "Vilhelmina", new(2024, 2, 1)),
            Held("1.2", "saxnäs", new(2024, 3, 1), source: TimelineProjection.ContributionSource),
            Held("1.2", "Saxnäs", new(2024, 4, 1), source: TimelineProjection.ContributionSource),
            Held("1.1", "Dikanäs", new(2024, 5, 1)),
            Held("1.1", "Borgafjäll", new(2024, 6, 1)),
            Held("1.1", null, new(2024, 6, 2)),
            Held("1.1", "Kittelfjäll", new(2023, 6, 1)),
            Held("1.3", "Kittelfjäll", new(2024, 6, 1)),
            Held("1.1", "Kittelfjäll", new(2024, 7, 1), TimelineStatus.Planned),
        };

        var spread = GeographicSpreadCalculation.Calculate(entries, Localities.Of("2462"), GeographicSpreadCalculation.CouncilAndClusterWork, 2024);

        Assert.Equal(6, spread.Held);
        Assert.Equal(
            [("town", 1, "Vilhelmina"), ("mountain-valleys", 3, "Saxnäs:2, Dikanäs:1"), ("countryside", 0, ""), ((string?)null, 2, "Borgafjäll:1")],
            spread.Areas.Select(a => (a.Area, a.Held, string.Join(", ", a.Localities.Select(l => a.Area == "town" ? l.Locality : $"{l.Locality}:{l.Held}")))));
        Assert.Equal(["Centralorten", "Fjälldalarna", "Landsbygden", "Okänt område"], spread.Areas.Select(a => a.AreaName));
    }
}
