using System.Text.Json.Nodes;
using Naringslivsplattform.ProcessPlan.Importing;
using Naringslivsplattform.ProcessPlan.Plans;

namespace Naringslivsplattform.ProcessPlan.Tests;

public sealed class PlanImportRulesTests
{
    private static readonly Guid PlanId = PlanIdentity.For("2462", "processplan-2023-2024");

    private static PlanDefinition Vilhelmina => SeedPlanReader.ReadPlan(SeedFiles.VilhelminaPlan);

    private static PlanDefinition Altered(Action<JsonObject> alter) =>
        SeedPlanReader.ReadPlan(SeedFiles.WriteAltered(SeedFiles.NewTemporaryFolder(), alter));

    private static Plan Imported(PlanDefinition definition) =>
        PlanEvolution.Replay(PlanImportRules.Decide(null, PlanId, definition));

    /// <summary>What an import changes in the plan, leaving out the record of the seed itself.</summary>
    private static IReadOnlyList<object> Changes(Plan plan, PlanDefinition definition) =>
        [.. PlanImportRules.Decide(plan, PlanId, definition).Where(e => e is not PlanSeedImported)];

    private static Plan PlannersRaiseCouncilTarget(Plan plan) =>
        plan.Apply(new TargetSet(PlanId, plan.Targets.Single(t => t.Key == "naringslivsrad-per-ar") with { MinimumPerYear = 6 }));

    [Fact]
    public void Importing_a_new_plan_registers_it_and_adds_every_measure_category_activity_target_and_cluster()
    {
        var events = PlanImportRules.Decide(null, PlanId, Vilhelmina);

        Assert.IsType<ProcessPlanRegistered>(events[0]);
        Assert.Equal(8, events.OfType<MeasureAdded>().Count());
        Assert.Equal(3, events.OfType<PlanCategoryAdded>().Count());
        Assert.Equal(11, events.OfType<PlanActivityAdded>().Count());
        Assert.Equal(6, events.OfType<TargetSet>().Count());
        Assert.Equal(["Kittelfjäll", "Saxnäs", "Klimpfjäll", "Företagarna"], events.OfType<PlanClustersNamed>().Single().Clusters.Select(c => c.Name));
        Assert.All(events, e => Assert.Equal(PlanId, (Guid)e.GetType().GetProperty("PlanId")!.GetValue(e)!));
        Assert.True(Assert.IsType<PlanSeedImported>(events[^1]).Seed.SaysTheSameAs(Vilhelmina));
    }

    [Fact]
    public void Replaying_the_import_gives_a_plan_that_says_what_the_definition_says()
    {
        var definition = Vilhelmina;

        var plan = Imported(definition);

        Assert.Equal(definition.Header, plan.Header);
        Assert.Equal(definition.Measures, plan.Measures);
        Assert.Equal(definition.Categories, plan.Categories);
        Assert.Equal(definition.Activities.Select(a => a.Code), plan.Activities.Select(a => a.Code));
        Assert.All(definition.Activities, a => Assert.True(a.IsSameAs(plan.FindActivity(a.Code)!)));
        Assert.Equal(definition.Targets.Select(t => t.Key).Order(), plan.Targets.Select(t => t.Key).Order());
    }

    [Fact]
    public void Importing_the_same_definition_again_decides_nothing()
    {
        var plan = Imported(Vilhelmina);

        Assert.Empty(PlanImportRules.Decide(plan, PlanId, Vilhelmina));
    }

    [Fact]
    public void Rewording_one_measure_becomes_one_MeasureReworded_event()
    {
        var plan = Imported(Vilhelmina);
        var changed = Altered(p => p["measures"]![2]!["text"] = "Utbilda alla medarbetare i koncernen");

        var events = Changes(plan, changed);

        var reworded = Assert.IsType<MeasureReworded>(Assert.Single(events));
        Assert.Equal(new Measure(3, "Utbilda alla medarbetare i koncernen"), reworded.Measure);
        Assert.Equal("Utbilda alla medarbetare i koncernen", PlanEvolution.Evolve(plan, reworded)!.Measures[2].Text);
    }

    [Fact]
    public void Adding_a_point_to_an_activity_revises_that_activity_only()
    {
        var plan = Imported(Vilhelmina);
        var changed = Altered(p => p["activities"]![2]!["points"]!.AsArray().Add(new JsonObject { ["text"] = "Besök minst 40 företag per år", ["timeframe"] = null }));

        var revised = Assert.IsType<PlanActivityRevised>(Assert.Single(Changes(plan, changed)));

        Assert.Equal("1.3", revised.Activity.Code.ToString());
        Assert.Equal("Besök minst 40 företag per år", revised.Activity.Points[^1].Text);
    }

    [Fact]
    public void Removing_an_activity_and_a_target_from_the_seed_withdraws_them()
    {
        var plan = Imported(Vilhelmina);
        var changed = Altered(p =>
        {
            p["activities"]!.AsArray().RemoveAt(10);
            p["activities"]![0]!["targets"] = new JsonArray();
        });

        var events = PlanImportRules.Decide(plan, PlanId, changed);
        var after = events.Aggregate((Plan?)plan, PlanEvolution.Evolve)!;

        Assert.Equal("3.4", Assert.Single(events.OfType<PlanActivityWithdrawn>()).Code.ToString());
        Assert.Equal("naringslivsrad-per-ar", Assert.Single(events.OfType<TargetWithdrawn>()).TargetKey);
        Assert.Null(after.FindActivity(ActivityCode.Parse("3.4")));
        Assert.DoesNotContain(after.Targets, t => t.Key == "naringslivsrad-per-ar");
    }

    [Fact]
    public void Raising_a_target_sets_it_again_with_the_new_minimum()
    {
        var plan = Imported(Vilhelmina);
        var changed = Altered(p => p["activities"]![0]!["targets"]![0]!["minimumPerYear"] = 6);

        var set = Assert.IsType<TargetSet>(Assert.Single(Changes(plan, changed)));

        Assert.Equal(6, set.Target.MinimumPerYear);
        Assert.Equal(6, PlanEvolution.Evolve(plan, set)!.Targets.Single(t => t.Key == "naringslivsrad-per-ar").MinimumPerYear);
    }

    [Fact]
    public void A_changed_seed_is_remembered_so_the_next_import_compares_with_it()
    {
        var plan = Imported(Vilhelmina);
        var changed = Altered(p => p["measures"]![2]!["text"] = "Utbilda alla medarbetare i koncernen");

        var events = PlanImportRules.Decide(plan, PlanId, changed);
        var after = events.Aggregate((Plan?)plan, PlanEvolution.Evolve)!;

        Assert.True(Assert.IsType<PlanSeedImported>(events[^1]).Seed.SaysTheSameAs(changed));
        Assert.Empty(PlanImportRules.Decide(after, PlanId, changed));
    }

    [Fact]
    public void Reimporting_an_unchanged_seed_keeps_what_planners_changed()
    {
        var edited = PlannersRaiseCouncilTarget(Imported(Vilhelmina));

        Assert.Empty(PlanImportRules.Decide(edited, PlanId, Vilhelmina));
    }

    [Fact]
    public void A_seed_change_elsewhere_leaves_the_planners_target_alone()
    {
        var edited = PlannersRaiseCouncilTarget(Imported(Vilhelmina));
        var changed = Altered(p => p["measures"]![2]!["text"] = "Utbilda alla medarbetare i koncernen");

        var events = Changes(edited, changed);
        var after = events.Aggregate((Plan?)edited, PlanEvolution.Evolve)!;

        Assert.IsType<MeasureReworded>(Assert.Single(events));
        Assert.Equal(6, after.Targets.Single(t => t.Key == "naringslivsrad-per-ar").MinimumPerYear);
    }

    [Fact]
    public void A_seed_that_changes_the_same_target_wins_for_that_target()
    {
        var edited = PlannersRaiseCouncilTarget(Imported(Vilhelmina));
        var changed = Altered(p => p["activities"]![0]!["targets"]![0]!["minimumPerYear"] = 5);

        var set = Assert.IsType<TargetSet>(Assert.Single(Changes(edited, changed)));

        Assert.Equal(5, set.Target.MinimumPerYear);
    }

    [Fact]
    public void A_target_the_planners_withdrew_stays_withdrawn_while_the_seed_is_unchanged()
    {
        var plan = Imported(Vilhelmina);
        var withdrawn = plan.Apply(new TargetWithdrawn(PlanId, "naringslivsforum-per-ar"));

        Assert.Empty(PlanImportRules.Decide(withdrawn, PlanId, Vilhelmina));
    }

    [Fact]
    public void A_plan_imported_before_seeds_were_remembered_is_compared_with_what_it_says()
    {
        var legacy = Imported(Vilhelmina) with { LastSeed = null };
        var changed = Altered(p => p["activities"]![0]!["targets"]![0]!["minimumPerYear"] = 6);

        var events = PlanImportRules.Decide(legacy, PlanId, changed);

        Assert.Equal(6, Assert.IsType<TargetSet>(events[0]).Target.MinimumPerYear);
        Assert.IsType<PlanSeedImported>(Assert.Single(events.Skip(1)));
    }

    [Fact]
    public void A_plan_id_depends_on_municipality_and_plan_key_only()
    {
        Assert.Equal(PlanIdentity.For("2462", "processplan-2023-2024"), PlanIdentity.For("2462", "processplan-2023-2024"));
        Assert.NotEqual(PlanIdentity.For("2462", "processplan-2023-2024"), PlanIdentity.For("2425", "processplan-2023-2024"));
        Assert.NotEqual(PlanIdentity.For("2462", "processplan-2023-2024"), PlanIdentity.For("2462", "processplan-2025-2026"));
    }
}
