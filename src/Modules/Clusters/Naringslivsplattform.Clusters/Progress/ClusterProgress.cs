using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.BuildingBlocks.Texts;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;

namespace Naringslivsplattform.Clusters.Progress;

/// <summary>One cluster's year: requests received, meetings held and requests declined that year, and the last meeting held up to its end.</summary>
internal sealed record ClusterYear(Guid ClusterId, string Name, string? Locality, string AreaName, int Requested, int Held, int Declined, DateOnly? LastHeldOn);

/// <summary>Cluster meetings held in the year in one area, where they were held.</summary>
internal sealed record AreaSpread(string Area, string AreaName, int Held);

internal sealed record ClusterProgressReport(int Year, IReadOnlyList<ClusterYear> Clusters, IReadOnlyList<AreaSpread> Areas);

/// <summary>Pure: how the clusters were met in a year, and how the meetings held spread over town, mountain valleys and countryside.</summary>
internal static class ClusterProgress
{
    public static ClusterProgressReport Calculate(IReadOnlyList<MicroCluster> clusters, IReadOnlyList<ClusterMeeting> meetings, int year)
    {
        var heldThisYear = meetings.Where(m => m is { Status: MeetingStatus.Held, HeldOn.Year: var y } && y == year).ToList();
        var byCluster = clusters
            .OrderBy(c => c.Name, StringComparer.Create(SwedishFormat.Culture, ignoreCase: true))
            .Select(c => Of(c, [.. meetings.Where(m => m.ClusterId == c.Id)], year));
        var areas = LocalityAreas.All.Select(area => new AreaSpread(area, ClusterAreas.Name(area), heldThisYear.Count(m => m.Area == area)));
        return new ClusterProgressReport(year, [.. byCluster], [.. areas]);
    }

    private static ClusterYear Of(MicroCluster cluster, List<ClusterMeeting> meetings, int year) =>
        new(
            cluster.Id,
            cluster.Name,
            cluster.Locality,
            ClusterAreas.Name(cluster.Area),
            meetings.Count(m => m.ReceivedOn.Year == year),
            meetings.Count(m => m.Status == MeetingStatus.Held && m.HeldOn?.Year == year),
            meetings.Count(m => m.Status == MeetingStatus.Declined && m.ReceivedOn.Year == year),
            meetings.Where(m => m.Status == MeetingStatus.Held && m.HeldOn?.Year <= year).Max(m => m.HeldOn));
}
