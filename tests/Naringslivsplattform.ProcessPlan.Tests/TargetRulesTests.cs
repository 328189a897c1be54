using Naringslivsplattform.ProcessPlan.Targets;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class TargetRulesTests
{
    private static Plan Plan => PlanEvolution.Vilhelmina;

    private static SetTargetRequest ForumsPerYear(int minimum = 2) =>
        new("1.5", TargetKind.Count, "Två näringslivsforum per år", "BusinessForum", minimum, [2024, 2023, 2024], null, "Beslut i ledningsgruppen");

    [Fact]
    public void Setting_a_new_count_target_gives_TargetSet_with_the_years_in_order()
    {
        var set = Assert.IsType<TargetSet>(Assert.Single(TargetRules.Set(Plan, "naringslivsforum-tva", ForumsPerYear()).Value!));

        Assert.Equal([2023, 2024], set.Target.Years);
        Assert.Equal(2, PlanEvolution.Evolve(Plan, set)!.Targets.Single(t => t.Key == "naringslivsforum-tva").MinimumPerYear);
    }

    [Fact]
    public void Setting_a_target_to_what_it_already_is_decides_nothing()
    {
        var council = Plan.Targets.Single(t => t.Key == "naringslivsrad-per-ar");
        var same = new SetTargetRequest("1.1", TargetKind.Count, council.Description, council.ActionKind, council.MinimumPerYear, council.Years, null, council.Source);

        Assert.Empty(TargetRules.Set(Plan, council.Key, same).Value!);
    }

    [Fact]
    public void A_deadline_target_keeps_only_its_deadline()
    {
        var request = new SetTargetRequest("3.4", TargetKind.Deadline, "Vision 2030 antagen", "Training", 3, [2023], new DateOnly(2024, 12, 31), "Planens vision");

        var target = Assert.IsType<TargetSet>(Assert.Single(TargetRules.Set(Plan, "vision-antagen", request).Value!)).Target;

        Assert.Equal((null, null, 0, new DateOnly(2024, 12, 31)), (target.ActionKind, target.MinimumPerYear, target.Years.Count, target.Deadline));
    }

    [Theory]
    [InlineData("Fel Nyckel", "1.5", "target.key-invalid")]
    [InlineData("forum", "9.9", "target.unknown-activity")]
    [InlineData("naringslivsrad-per-ar", "1.5", "target.key-taken")]
    public void Bad_keys_and_activities_are_rejected(string key, string activity, string code)
    {
        Assert.Equal(code, TargetRules.Set(Plan, key, ForumsPerYear() with { ActivityCode = activity }).Error?.Code);
    }

    [Fact]
    public void Each_broken_rule_has_its_own_code()
    {
        Assert.Equal("target.minimum-invalid", TargetRules.Set(Plan, "forum", ForumsPerYear(0)).Error?.Code);
        Assert.Equal("target.years-required", TargetRules.Set(Plan, "forum", ForumsPerYear() with { Years = [] }).Error?.Code);
        Assert.Equal("target.year-outside-plan", TargetRules.Set(Plan, "forum", ForumsPerYear() with { Years = [2026] }).Error?.Code);
        Assert.Equal("target.action-kind-invalid", TargetRules.Set(Plan, "forum", ForumsPerYear() with { ActionKind = "Fika" }).Error?.Code);
        Assert.Equal("target.description-invalid", TargetRules.Set(Plan, "forum", ForumsPerYear() with { Description = " " }).Error?.Code);
        Assert.Equal("target.source-invalid", TargetRules.Set(Plan, "forum", ForumsPerYear() with { Source = null }).Error?.Code);
        Assert.Equal("target.kind-invalid", TargetRules.Set(Plan, "forum", ForumsPerYear() with { Kind = null }).Error?.Code);
        Assert.Equal("target.deadline-invalid", TargetRules.Set(Plan, "forum", ForumsPerYear() with { Kind = TargetKind.Deadline }).Error?.Code);
    }

    [Fact]
    public void A_coverage_target_needs_named_clusters()
    {
        var request = new SetTargetRequest("1.2", TargetKind.Coverage, "Varje kluster två gånger", "ClusterMeeting", 2, [2024], null, "Ledningsgruppen");

        Assert.Single(TargetRules.Set(Plan, "kluster-tva", request).Value!);
        Assert.Equal("target.no-clusters", TargetRules.Set(Plan with { Clusters = [] }, "kluster-tva", request).Error?.Code);
    }

    [Fact]
    public void Withdrawing_needs_a_target_that_is_there()
    {
        Assert.IsType<TargetWithdrawn>(Assert.Single(TargetRules.Withdraw(Plan, "naringslivsforum-per-ar").Value!));
        Assert.Equal(404, TargetRules.Withdraw(Plan, "finns-inte").Error?.Status);
    }
}
