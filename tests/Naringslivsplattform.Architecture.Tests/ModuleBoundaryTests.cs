namespace Naringslivsplattform.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
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
}
