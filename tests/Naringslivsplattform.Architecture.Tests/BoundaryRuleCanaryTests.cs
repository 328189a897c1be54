using Naringslivsplattform.Architecture.Tests.Canary;

namespace Naringslivsplattform.Architecture.Tests;

/// <summary>
/// Each rule applied where the violation really exists, proving the rule can fail:
/// an empty result elsewhere then means something.
/// </summary>
public sealed class BoundaryRuleCanaryTests
{
    private static readonly System.Reflection.Assembly ProcessPlan =
        Solution.Modules.Single(m => Solution.NameOf(m) == "Naringslivsplattform.ProcessPlan");

    [Fact]
    public void The_reference_rule_catches_an_assembly_that_references_a_module_implementation()
    {
        Assert.Contains(
            "Naringslivsplattform.Host references Naringslivsplattform.ProcessPlan",
            BoundaryRules.ForbiddenAssemblyReferences(Solution.Host));
    }

    [Fact]
    public void The_building_blocks_rule_catches_an_assembly_that_knows_a_module()
    {
        Assert.NotEmpty(BoundaryRules.BuildingBlocksDependenciesOnModules(Solution.Host));
    }

    [Fact]
    public void The_internals_rule_catches_types_that_use_a_modules_internal_namespaces()
    {
        var violations = BoundaryRules.UsesOfModuleInternals(ProcessPlan, ProcessPlan).ToList();

        Assert.Contains(violations, v => v.StartsWith("Naringslivsplattform.ProcessPlan.ProcessPlanModule", StringComparison.Ordinal));
    }

    [Fact]
    public void The_folder_cycle_rule_catches_folders_that_use_each_other_and_a_folder_that_uses_the_module_root()
    {
        var root = CanaryModule.Root;
        var cycles = BoundaryRules.FolderCycles(typeof(CanaryModule).Assembly, root).ToList();

        Assert.Equal(
            [
                $"{root}: (root) → Right → (root)",
                $"{root}: (root) → Scanned → (root)",
                $"{root}: Left → Right → Left",
                $"{root}: (root) → Left → Right → (root)",
            ],
            cycles.Select(c => c.Split(Environment.NewLine)[0]));
        Assert.Contains("    Right → (root): Right.RightFeature → CanaryModule", cycles[0], StringComparison.Ordinal);
        Assert.Contains("    (root) → Scanned: no type in the root names one here", cycles[1], StringComparison.Ordinal);
        Assert.Contains("    Left → Right: Left.LeftFeature → Right.RightFeature", cycles[2], StringComparison.Ordinal);
        Assert.Contains("    Right → Left: Right.RightFeature → Left.LeftFeature", cycles[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_travel_rule_catches_a_folder_that_uses_time_travel_and_lets_the_module_root_use_it()
    {
        Assert.Equal(
            [$"{CanaryModule.Root}: Left uses TimeTravel, which only the module root may use: Left.LeftFeature → TimeTravel.CanaryClock"],
            BoundaryRules.TimeTravelUsers(typeof(CanaryModule).Assembly, CanaryModule.Root));
    }

    [Fact]
    public void The_command_rule_catches_a_command_that_carries_a_function()
    {
        Assert.Contains(
            $"{typeof(PageCanary.Things.ChangeThing).FullName}.Decide is a Func`2",
            BoundaryRules.MessagesCarryingFunctions(typeof(PageCanary.Things.ChangeThing).Assembly));
    }

    [Fact]
    public void The_page_rule_catches_a_page_that_calls_a_rule_or_reads_an_aggregate_and_allows_limits_and_typeof()
    {
        var root = typeof(PageCanary.Ui.ThingPage).Namespace![..^".Ui".Length];

        var violations = BoundaryRules.PagesReachingIntoTheDomain(typeof(PageCanary.Ui.ThingPage).Assembly, root).ToList();

        Assert.Contains(violations, v => v.Contains("calls the rule ThingRules.Rename", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("uses the aggregate Thing (get_Name)", StringComparison.Ordinal));
        Assert.Equal(2, violations.Count);
    }
}
