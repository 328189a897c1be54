using Naringslivsplattform.BuildingBlocks.PlanContributions;
using Naringslivsplattform.BuildingBlocks.Reference;
using Naringslivsplattform.Clusters.Meetings;
using Naringslivsplattform.Clusters.MicroClusters;
using Naringslivsplattform.Clusters.Reference;
using Naringslivsplattform.Companies.Contracts;

namespace Naringslivsplattform.Clusters.Tests;

/// <summary>A meeting on a cluster's request: given its events, when a change is asked for, then the event or the refusal's code.</summary>
public sealed class ClusterMeetingRulesTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);
    private static readonly Guid PlanId = Guid.NewGuid();
    private static readonly MicroCluster Saxnas = new(Guid.NewGuid(), "Saxnäs", "Saxnäs", LocalityAreas.MountainValleys, null, []);
    private static readonly CompanyReference Company = new(Guid.NewGuid(), "Saxnäs Fjällstugor AB", "556712-3400", "Saxnäs");
    private static readonly MunicipalityReference Vilhelmina = MunicipalityReferences.Of("2462");
    private static readonly AttendeeRequest[] Official = [new("Anna Andersson", "Official")];

    [Fact]
    public void A_request_names_the_cluster_and_serves_no_activity_until_it_is_scheduled()
    {
        var requested = ClusterMeetingRules.Request(Guid.NewGuid(), new(Saxnas.Id, new(2024, 3, 1), " Träff om vägar ", "Eva Ek"), Saxnas, Today).Value!;

        Assert.Equal(("Saxnäs", "Träff om vägar"), (requested.ClusterName, requested.Wish));
        Assert.IsNotAssignableFrom<IPlanContribution>(requested);
    }

    [Fact]
    public void Scheduling_serves_1_2_as_a_cluster_meeting_counted_by_the_clusters_name_and_its_localitys_area()
    {
        var scheduled = ClusterMeetingRules.Schedule(Requested(), new(new(2024, 3, 20), "Byagården", "saxnäs", "Anna Andersson"), Vilhelmina, PlanId, Today).Value!;
        IPlanContributionPlanned planned = scheduled;

        Assert.Equal(("1.2", ContributionKinds.ClusterMeeting, "Saxnäs", "Saxnäs", PlanId), (planned.ActivityCode, planned.Kind, planned.Cluster, planned.Locality, planned.PlanId));
        Assert.Equal((LocalityAreas.MountainValleys, new DateOnly(2024, 3, 20), "Mikroklustermöte: Saxnäs"), (scheduled.Area, planned.PlannedOn, planned.Title));
    }

    [Fact]
    public void A_meeting_held_keeps_the_companies_present_and_the_issues_with_their_company_names()
    {
        var request = new HoldMeetingRequest(new(2024, 3, 20), "Bra möte", Official, [Company.Id], [new("Personalbostäder", Company.Id), new("Snöröjning", null)]);

        var held = ClusterMeetingRules.Hold(Scheduled(), request, [Company], Today).Value!;

        Assert.Equal([new ClusterMember(Company.Id, Company.Name)], held.CompaniesPresent);
        Assert.Equal([new RaisedIssue("Personalbostäder", Company.Id, Company.Name), new RaisedIssue("Snöröjning", null, null)], held.Issues);
        Assert.Equal([Company.Id], request.NamedCompanies);
    }

    [Theory]
    [InlineData("2024-02-29", "cluster-meeting.held-before-request")]
    [InlineData("2024-06-02", "cluster-meeting.held-in-future")]
    public void A_meeting_cannot_be_held_before_it_was_requested_or_in_the_future(string day, string code) =>
        Assert.Equal(code, ClusterMeetingRules.Hold(Scheduled(), new(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null, Official, [], []), [], Today).Error!.Code);

    [Fact]
    public void Companies_the_register_does_not_know_and_attendees_without_a_role_are_refused()
    {
        var unknown = ClusterMeetingRules.Hold(Scheduled(), new(new(2024, 3, 20), null, Official, [Guid.NewGuid()], []), [], Today);
        var unknownInIssue = ClusterMeetingRules.Hold(Scheduled(), new(new(2024, 3, 20), null, Official, [], [new("Bredband", Guid.NewGuid())]), [], Today);
        var noRole = ClusterMeetingRules.Hold(Scheduled(), new(new(2024, 3, 20), null, [new("Anna", "Chef")], [], []), [], Today);

        Assert.Equal(["cluster-meeting.unknown-company", "cluster-meeting.unknown-company", "cluster-meeting.attendee-invalid"],
            [unknown.Error!.Code, unknownInIssue.Error!.Code, noRole.Error!.Code]);
    }

    [Fact]
    public void A_request_is_declined_only_before_scheduling_and_only_with_a_reason()
    {
        Assert.Equal("Frågan hör till rådet", ClusterMeetingRules.Decline(Requested(), new(" Frågan hör till rådet ")).Value!.Reason);
        Assert.Equal("cluster-meeting.reason-required", ClusterMeetingRules.Decline(Requested(), new(" ")).Error!.Code);
        Assert.Equal("cluster-meeting.decline-after-scheduling", ClusterMeetingRules.Decline(Scheduled(), new("Sent")).Error!.Code);
    }

    [Fact]
    public void Holding_or_rescheduling_a_meeting_not_scheduled_is_refused_and_so_is_any_change_after_it_was_held()
    {
        var held = Scheduled().Apply(new ClusterMeetingHeld(Guid.NewGuid(), new(2024, 3, 20), null, [], [], []));

        Assert.Equal("cluster-meeting.not-scheduled", ClusterMeetingRules.Hold(Requested(), new(new(2024, 3, 20), null, Official, [], []), [], Today).Error!.Code);
        Assert.Equal("cluster-meeting.not-scheduled", ClusterMeetingRules.Reschedule(Requested(), new(new(2024, 3, 25), null), Today).Error!.Code);
        Assert.Equal("cluster-meeting.already-held", ClusterMeetingRules.Cancel(held, new("Sjuk")).Error!.Code);
        Assert.Equal("cluster-meeting.already-scheduled", ClusterMeetingRules.Schedule(Scheduled(), new(new(2024, 3, 20), null, "Saxnäs", "Anna"), Vilhelmina, null, Today).Error!.Code);
    }

    [Fact]
    public void Scheduling_needs_a_day_from_the_request_on_a_locality_from_the_list_and_a_responsible_official()
    {
        Assert.Equal("cluster-meeting.scheduled-on-invalid", ClusterMeetingRules.Schedule(Requested(), new(new(2024, 2, 1), null, "Saxnäs", "Anna"), Vilhelmina, null, Today).Error!.Code);
        Assert.Equal("cluster-meeting.unknown-locality", ClusterMeetingRules.Schedule(Requested(), new(new(2024, 3, 20), null, "Borgafjäll", "Anna"), Vilhelmina, null, Today).Error!.Code);
        Assert.Equal("cluster-meeting.responsible-required", ClusterMeetingRules.Schedule(Requested(), new(new(2024, 3, 20), null, "Saxnäs", " "), Vilhelmina, null, Today).Error!.Code);
    }

    [Fact]
    public void A_request_needs_a_known_cluster_a_day_not_in_the_future_a_wish_and_who_asked()
    {
        Assert.Equal("cluster-meeting.unknown-cluster", ClusterMeetingRules.Request(Guid.NewGuid(), new(Guid.NewGuid(), Today, "Möte", "Eva"), null, Today).Error!.Code);
        Assert.Equal("cluster-meeting.received-on-invalid", ClusterMeetingRules.Request(Guid.NewGuid(), new(Saxnas.Id, Today.AddDays(1), "Möte", "Eva"), Saxnas, Today).Error!.Code);
        Assert.Equal("cluster-meeting.wish-required", ClusterMeetingRules.Request(Guid.NewGuid(), new(Saxnas.Id, Today, "", "Eva"), Saxnas, Today).Error!.Code);
        Assert.Equal("cluster-meeting.requested-by-required", ClusterMeetingRules.Request(Guid.NewGuid(), new(Saxnas.Id, Today, "Möte", null), Saxnas, Today).Error!.Code);
    }

    private static ClusterMeeting Requested() =>
        ClusterMeeting.Create(new ClusterMeetingRequested(Guid.NewGuid(), Saxnas.Id, Saxnas.Name, new(2024, 3, 1), "Träff", "Eva Ek"));

    private static ClusterMeeting Scheduled()
    {
        var requested = Requested();
        return requested.Apply(new ClusterMeetingScheduled(requested.Id, Saxnas.Id, Saxnas.Name, PlanId, new(2024, 3, 20), null, "Saxnäs", LocalityAreas.MountainValleys, "Anna Andersson"));
    }
}
