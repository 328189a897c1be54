using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Progress;
using Naringslivsplattform.Clusters.Reference;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.Tests;

/// <summary>Micro-clusters: names unique in the municipality, localities from its list, members from the register, and the year's progress.</summary>
public sealed class MicroClusterRulesTests
{
    private static readonly MunicipalityReference Vilhelmina = MunicipalityReferences.Of("2462");
    private static readonly CompanyReference Company = new(Guid.NewGuid(), "Klimpfjällets Kafé AB", "556712-3400", "Klimpfjäll");

    [Fact]
    public void The_seed_names_the_four_clusters_of_the_plan_and_Foretagarna_covers_the_whole_municipality()
    {
        Assert.Equal([("Kittelfjäll", "Kittelfjäll"), ("Saxnäs", "Saxnäs"), ("Klimpfjäll", "Klimpfjäll"), ("Företagarna", null)],
            Vilhelmina.Clusters.Select(c => (c.Name, c.Locality)));

        var foretagarna = MicroClusterRules.Create(Guid.NewGuid(), new("Företagarna", null, null), Vilhelmina, []).Value!;
        Assert.Equal((null, null, "Hela kommunen"), (foretagarna.Locality, foretagarna.Area, ClusterAreas.Name(foretagarna.Area)));
    }

    [Fact]
    public void A_name_is_unique_in_the_municipality_whatever_its_case_and_a_locality_must_be_on_the_list()
    {
        Assert.Equal("cluster.duplicate-name", MicroClusterRules.Create(Guid.NewGuid(), new(" saxnäs ", null, null), Vilhelmina, ["Saxnäs"]).Error!.Code);
        Assert.Equal("cluster.unknown-locality", MicroClusterRules.Create(Guid.NewGuid(), new("Borgafjäll", "Borgafjäll", null), Vilhelmina, []).Error!.Code);
        Assert.Equal("cluster.contact-email-invalid", MicroClusterRules.Create(Guid.NewGuid(), new("Dikanäs", "Dikanäs", new("Eva", null, "eva@")), Vilhelmina, []).Error!.Code);
        Assert.Equal("cluster.contact-name-required", MicroClusterRules.Create(Guid.NewGuid(), new("Dikanäs", "Dikanäs", new(null, "070-1", null)), Vilhelmina, []).Error!.Code);
    }

    [Fact]
    public void Members_come_from_the_register_once_each_and_a_rename_carries_them_for_their_company_pages()
    {
        var cluster = MicroCluster.Create(MicroClusterRules.Create(Guid.NewGuid(), new("Klimpfjäll", "Klimpfjäll", null), Vilhelmina, []).Value!);
        var added = MicroClusterRules.AddMember(cluster, Company).Value!;
        var member = cluster.Apply(added);

        Assert.Equal(("Klimpfjäll", Company.Name), (added.ClusterName, added.CompanyName));
        Assert.Equal("cluster.unknown-company", MicroClusterRules.AddMember(cluster, null).Error!.Code);
        Assert.Equal("cluster.already-member", MicroClusterRules.AddMember(member, Company).Error!.Code);
        Assert.Equal([Company.Id], MicroClusterRules.Rename(member, new("Klimpfjällsbyn"), []).Value!.MemberIds);
        Assert.Equal("cluster.not-a-member", MicroClusterRules.RemoveMember(cluster, Company.Id).Error!.Code);
    }

    [Fact]
    public void Progress_counts_a_clusters_requests_held_and_declined_meetings_in_the_year_and_spreads_the_held_ones_over_areas()
    {
        var saxnas = new MicroCluster(Guid.NewGuid(), "Saxnäs", "Saxnäs", LocalityAreas.MountainValleys, null, []);
        var foretagarna = new MicroCluster(Guid.NewGuid(), "Företagarna", null, null, null, []);
        ClusterMeeting[] meetings =
        [
            Held(saxnas, new(2023, 11, 2), "Saxnäs", LocalityAreas.MountainValleys),
            Held(saxnas, new(2024, 3, 20), "Saxnäs", LocalityAreas.MountainValleys),
            Held(foretagarna, new(2024, 5, 5), "Vilhelmina", LocalityAreas.Town),
            Requested(saxnas, new(2024, 4, 1)).Apply(new ClusterMeetingDeclined(Guid.NewGuid(), "Nej")),
        ];

        var report = ClusterProgress.Calculate([saxnas, foretagarna], meetings, 2024);

        Assert.Equal([("Företagarna", 1, 1, 0), ("Saxnäs", 2, 1, 1)], report.Clusters.Select(c => (c.Name, c.Requested, c.Held, c.Declined)));
        Assert.Equal(new DateOnly(2024, 3, 20), report.Clusters[1].LastHeldOn);
        Assert.Equal([(LocalityAreas.Town, 1), (LocalityAreas.MountainValleys, 1), (LocalityAreas.Countryside, 0)], report.Areas.Select(a => (a.Area, a.Held)));
    }

    private static ClusterMeeting Requested(MicroCluster cluster, DateOnly receivedOn) =>
        ClusterMeeting.Create(new ClusterMeetingRequested(Guid.NewGuid(), cluster.Id, cluster.Name, receivedOn, "Träff", "Eva"));

    private static ClusterMeeting Held(MicroCluster cluster, DateOnly day, string locality, string area) =>
        Requested(cluster, day)
            .Apply(new ClusterMeetingScheduled(Guid.NewGuid(), cluster.Id, cluster.Name, null, day, null, locality, area, "Anna"))
            .Apply(new ClusterMeetingHeld(Guid.NewGuid(), day, null, [], [], []));
}
