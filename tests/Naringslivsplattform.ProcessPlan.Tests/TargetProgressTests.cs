using Naringslivsplattform.ProcessPlan.Actions;
using Naringslivsplattform.ProcessPlan.LeadershipDecisions;
using Naringslivsplattform.ProcessPlan.Progress;
using Naringslivsplattform.ProcessPlan.Timeline;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class TargetProgressTests
{
    private static Plan Plan => PlanEvolution.Vilhelmina;

    private static PlanAction CouncilMeeting(DateOnly heldOn, PlanActionKind kind = PlanActionKind.BusinessCouncilMeeting, string activity = "1.1", string? cluster = null)
    {
        var planned = PlanActionRules.Plan(Plan, Guid.CreateVersion7(), new(activity, kind, "Möte", heldOn, null, null, "Anna Andersson", null, cluster)).Value!;
        var action = PlanAction.Create(planned);
        return action.Apply(PlanActionRules.Complete(action, new(heldOn, "Bra möte", [], null, null, null, null), heldOn).Value!);
    }

    private static TargetProgress Council(IReadOnlyCollection<PlanAction> actions, int year, DateOnly today) =>
        TargetProgressCalculation.Calculate(new(Plan, actions, [], []), year, today).Single(p => p.TargetKey == "naringslivsrad-per-ar");

    [Fact]
    public void With_no_meetings_held_1_1_is_0_of_4_and_on_track_in_january()
    {
        var progress = Council([], 2024, new DateOnly(2024, 1, 10));

        Assert.Equal((0, 4, ProgressStatus.OnTrack), (progress.Done, progress.Required, progress.Status));
    }

    [Fact]
    public void One_meeting_by_early_july_is_behind_two_are_on_track_and_four_are_met()
    {
        var earlyJuly = new DateOnly(2024, 7, 2);

        Assert.Equal(ProgressStatus.Behind, Council([CouncilMeeting(new(2024, 2, 1))], 2024, earlyJuly).Status);
        Assert.Equal(ProgressStatus.OnTrack, Council([CouncilMeeting(new(2024, 2, 1)), CouncilMeeting(new(2024, 5, 1))], 2024, earlyJuly).Status);
        Assert.Equal(ProgressStatus.Met, Council([.. Enumerable.Range(1, 4).Select(m => CouncilMeeting(new(2024, m, 3)))], 2024, earlyJuly).Status);
    }

    [Fact]
    public void Only_completed_council_meetings_of_that_year_count()
    {
        var planned = PlanAction.Create(PlanActionRules.Plan(Plan, Guid.CreateVersion7(), new("1.1", PlanActionKind.BusinessCouncilMeeting, "Möte", new(2024, 2, 1), null, null, "Anna", null)).Value!);
        var actions = new[] { planned, CouncilMeeting(new(2023, 12, 1)), CouncilMeeting(new(2024, 2, 1), PlanActionKind.Workshop) };

        Assert.Equal(0, Council(actions, 2024, new DateOnly(2024, 3, 1)).Done);
    }

    [Fact]
    public void A_year_that_ended_unmet_is_behind()
    {
        Assert.Equal(ProgressStatus.Behind, Council([CouncilMeeting(new(2023, 3, 1))], 2023, new DateOnly(2024, 1, 5)).Status);
    }

    [Fact]
    public void A_deadline_target_is_met_by_a_completed_action_before_it_and_behind_after_it_passes_unmet()
    {
        Assert.Equal(ProgressStatus.OnTrack, Agendas([], new DateOnly(2023, 10, 1)).Status);
        Assert.Equal(ProgressStatus.Behind, Agendas([], new DateOnly(2024, 1, 1)).Status);
        Assert.Equal(ProgressStatus.Met, Agendas([CouncilMeeting(new(2023, 11, 1), PlanActionKind.Other, "3.2")], new DateOnly(2024, 1, 1)).Status);

        static TargetProgress Agendas(IReadOnlyCollection<PlanAction> actions, DateOnly today) =>
            TargetProgressCalculation.Calculate(new(Plan, actions, [], []), 2023, today).Single(p => p.TargetKey == "agendor-hosten-2023");
    }

    [Fact]
    public void Clusters_are_covered_one_by_one_and_the_ones_not_yet_met_are_named()
    {
        var actions = new[]
        {
            CouncilMeeting(new(2024, 2, 1), PlanActionKind.ClusterMeeting, "1.2", "Saxnäs"),
            CouncilMeeting(new(2024, 3, 1), PlanActionKind.ClusterMeeting, "1.2", "Saxnäs"),
            CouncilMeeting(new(2024, 4, 1), PlanActionKind.ClusterMeeting, "1.2", "Kittelfjäll"),
            CouncilMeeting(new(2023, 4, 1), PlanActionKind.ClusterMeeting, "1.2", "Klimpfjäll"),
        };

        var progress = TargetProgressCalculation.Calculate(new(Plan, actions, [], []), 2024, new DateOnly(2024, 5, 1)).Single(p => p.TargetKey == "mikrokluster-per-ar");

        Assert.Equal((TargetKind.Coverage, 2, 4), (progress.Kind, progress.Done, progress.Required));
        Assert.Equal(["Klimpfjäll", "Företagarna"], progress.NotYetCovered);
        Assert.Equal(ProgressStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void Every_named_cluster_met_that_year_meets_the_coverage_target()
    {
        var actions = Plan.Clusters.Select((c, i) => CouncilMeeting(new(2023, i + 1, 10), PlanActionKind.ClusterMeeting, "1.2", c.Name)).ToList();

        var progress = TargetProgressCalculation.Calculate(new(Plan, actions, [], []), 2023, new DateOnly(2024, 1, 2)).Single(p => p.TargetKey == "mikrokluster-per-ar");

        Assert.Equal((4, 4, ProgressStatus.Met), (progress.Done, progress.Required, progress.Status));
        Assert.Empty(progress.NotYetCovered);
    }

    [Fact]
    public void An_approved_leadership_decision_by_the_deadline_meets_3_3_and_a_rejected_one_does_not()
    {
        var (spring, summer) = (new DateOnly(2024, 4, 10), new DateOnly(2024, 7, 1));

        Assert.Equal(ProgressStatus.Met, GroupGoals(Decided(spring, DecisionVerdict.Approved), summer).Status);
        Assert.Equal(ProgressStatus.Behind, GroupGoals(Decided(spring, DecisionVerdict.Rejected), summer).Status);
        Assert.Equal(ProgressStatus.Behind, GroupGoals(Decided(summer, DecisionVerdict.Approved), summer).Status);

        static TargetProgress GroupGoals(LeadershipDecision decision, DateOnly today) =>
            TargetProgressCalculation.Calculate(new(Plan, [], [decision], []), 2024, today).Single(p => p.TargetKey == "koncernmal-varen-2024");

        static LeadershipDecision Decided(DateOnly on, DecisionVerdict verdict)
        {
            var id = Guid.CreateVersion7();
            return LeadershipDecision.Create(new DecisionNeedRecorded(id, Plan.Id, ActivityCode.Parse("3.3"), "Koncernövergripande mål", new DateOnly(2024, 6, 30)))
                .Apply(new DecisionRequested(id, DecisionBody.Kommunstyrelsen, on.AddDays(-20), "KS 2024/17"))
                .Apply(new DecisionMade(id, on, DecisionBody.Kommunstyrelsen, "KS 2024/17", "Målen fastställs.", verdict));
        }
    }
    [Fact]
    public void Another_modules_held_action_counts_like_a_core_action_of_its_kind_but_not_when_planned_or_under_another_plan()
    {
        static TimelineEntry Contribution(Guid planId, TimelineStatus status, DateOnly? heldOn) =>
            new(Guid.CreateVersion7(), planId, "1.1", 1, "BusinessCouncilMeeting", "Råd i klustrets regi", status, new(2024, 3, 1), new(2024, 3, 1), heldOn, null, "", TimelineProjection.ContributionSource, "");

        var contributions = new[]
        {
            Contribution(Plan.Id, TimelineStatus.Completed, new(2024, 3, 1)),
            Contribution(Plan.Id, TimelineStatus.Planned, null),
            Contribution(Guid.CreateVersion7(), TimelineStatus.Completed, new(2024, 3, 1)),
        };

        var progress = TargetProgressCalculation.Calculate(new(Plan, [CouncilMeeting(new(2024, 2, 1))], [], contributions), 2024, new DateOnly(2024, 4, 1))
            .Single(p => p.TargetKey == "naringslivsrad-per-ar");

        Assert.Equal(2, progress.Done);
    }

    [Fact]
    public void Another_modules_cluster_meetings_cover_the_named_clusters_with_the_cores_own()
    {
        static TimelineEntry ClusterMeeting(string cluster) =>
            new(Guid.CreateVersion7(), Plan.Id, "1.2", 1, "ClusterMeeting", $"Möte med {cluster}", TimelineStatus.Completed, new(2024, 3, 1), new(2024, 3, 1), new(2024, 3, 1),
                cluster, "", TimelineProjection.ContributionSource, "", cluster);

        var progress = TargetProgressCalculation.Calculate(
                new(Plan, [CouncilMeeting(new(2024, 2, 1), PlanActionKind.ClusterMeeting, "1.2", "Saxnäs")], [], [ClusterMeeting("Kittelfjäll"), ClusterMeeting("Företagarna")]),
                2024,
                new DateOnly(2024, 5, 1))
            .Single(p => p.TargetKey == "mikrokluster-per-ar");

        Assert.Equal(3, progress.Done);
        Assert.Equal(["Klimpfjäll"], progress.NotYetCovered);
    }
}
