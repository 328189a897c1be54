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
}
