namespace Naringslivsplattform.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames() => new(Solution.Modules.Select(Solution.NameOf));

    /// <summary>The modules with a TimeTravel folder; the ProcessPlan module has one, so the rule always runs.</summary>
    public static TheoryData<string> ModulesWithTimeTravel() => new(Solution.Modules.Select(Solution.NameOf).Where(name =>
        Module(name).GetTypes().Any(t => t.Namespace is { } ns && (ns == BoundaryRules.TimeTravelNamespace(name) || ns.StartsWith(BoundaryRules.TimeTravelNamespace(name) + ".", StringComparison.Ordinal)))));

    [Fact]
    public void The_solution_has_every_module_their_contracts_and_building_blocks()
    {
        Assert.Equal(
            ["Naringslivsplattform.Access", "Naringslivsplattform.Clusters", "Naringslivsplattform.Companies", "Naringslivsplattform.Evaluation", "Naringslivsplattform.ProcessPlan",
             "Naringslivsplattform.Schools", "Naringslivsplattform.YoungEnterprise"],
            Solution.Modules.Select(Solution.NameOf));
        Assert.Equal(["Naringslivsplattform.Companies.Contracts", "Naringslivsplattform.ProcessPlan.Contracts", "Naringslivsplattform.Schools.Contracts"], Solution.Contracts.Select(Solution.NameOf));
        Assert.Contains("Naringslivsplattform.BuildingBlocks", Solution.All.Select(Solution.NameOf));
    }

    [Fact]
    public void Modules_reference_only_building_blocks_and_contracts()
    {
        Assert.Empty(Solution.Modules.SelectMany(BoundaryRules.ForbiddenAssemblyReferences));
    }

    [Fact]
    public void Contracts_reference_no_module_implementation()
    {
        Assert.Empty(Solution.Contracts.SelectMany(BoundaryRules.ForbiddenAssemblyReferences));
    }

    [Fact]
    public void Building_blocks_reference_no_module()
    {
        Assert.Empty(BoundaryRules.BuildingBlocksDependenciesOnModules(Solution.BuildingBlocks));
    }

    [Fact]
    public void No_module_opens_its_internals_to_another_module()
    {
        Assert.Empty(Solution.Modules.SelectMany(BoundaryRules.InternalsOpenedToOtherModules));
    }

    [Fact]
    public void Modules_and_the_hosts_own_code_do_not_use_another_modules_internals()
    {
        var consumers = Solution.Modules.Append(Solution.Host);

        var violations = consumers.SelectMany(consumer => Solution.Modules
            .Where(module => module != consumer)
            .SelectMany(module => BoundaryRules.UsesOfModuleInternals(consumer, module)));

        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void No_folder_of_a_module_reaches_itself_through_its_other_folders(string module)
    {
        AssertNone(BoundaryRules.FolderCycles(Module(module)));
    }

    [Theory]
    [MemberData(nameof(ModulesWithTimeTravel))]
    public void Only_the_module_root_uses_the_modules_time_travel_folder(string module)
    {
        AssertNone(BoundaryRules.TimeTravelUsers(Module(module)));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_commands_and_queries_carry_data_not_functions(string module)
    {
        AssertNone(BoundaryRules.MessagesCarryingFunctions(Module(module)));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_pages_send_named_commands_and_never_call_rules_or_read_aggregates(string module)
    {
        AssertNone(BoundaryRules.PagesReachingIntoTheDomain(Module(module)));
    }

    private static System.Reflection.Assembly Module(string name) => Solution.Modules.Single(m => Solution.NameOf(m) == name);

    /// <summary>Every violation in full, one after the other: Assert.Empty would cut the list short.</summary>
    private static void AssertNone(IEnumerable<string> violations)
    {
        var all = violations.ToList();
        if (all.Count > 0)
        {
            Assert.Fail($"{all.Count} violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, all)}");
        }
    }
}
