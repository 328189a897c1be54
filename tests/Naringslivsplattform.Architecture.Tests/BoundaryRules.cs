using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace Naringslivsplattform.Architecture.Tests;

/// <summary>
/// The boundary rules as functions returning violations, so each rule can be shown to catch a
/// real violation (see the canary tests) before its empty result on the product is trusted.
/// </summary>
internal static partial class BoundaryRules
{
    /// <summary>A module may reference BuildingBlocks and Contracts assemblies, never another module's implementation or the Host.</summary>
    public static IEnumerable<string> ForbiddenAssemblyReferences(Assembly module) =>
        module.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(name => name.StartsWith(Solution.Prefix, StringComparison.Ordinal))
            .Where(name => name != Solution.NameOf(Solution.BuildingBlocks) && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(name => $"{Solution.NameOf(module)} references {name}");

    /// <summary>BuildingBlocks is shared by every module, so it must know none of them.</summary>
    public static IEnumerable<string> BuildingBlocksDependenciesOnModules(Assembly buildingBlocks) =>
        buildingBlocks.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(name => name.StartsWith(Solution.Prefix, StringComparison.Ordinal))
            .Select(name => $"{Solution.NameOf(buildingBlocks)} references {name}")
            .Concat(TypesDependingOn(buildingBlocks, [.. Solution.Modules.Concat(Solution.Contracts).Select(Solution.NameOf)]));

    /// <summary>Only the Host (composition root) and the module's own tests may see a module's internals.</summary>
    public static IEnumerable<string> InternalsOpenedToOtherModules(Assembly module) =>
        module.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName)
            .Where(name => name != Solution.NameOf(Solution.Host) && name != $"{Solution.NameOf(module)}.Tests")
            .Select(name => $"{Solution.NameOf(module)} opens its internals to {name}");

    /// <summary>
    /// Hand-written code in <paramref name="consumer"/> may use a module only through its module class
    /// (root namespace) and its Contracts; source-generated mediator code is the one exception.
    /// </summary>
    public static IEnumerable<string> UsesOfModuleInternals(Assembly consumer, Assembly module) =>
        TypesDependingOn(
            consumer,
            [.. module.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
                .Where(ns => ns.StartsWith(Solution.NameOf(module) + ".", StringComparison.Ordinal))],
            excludedNamespaces: ["Mediator"]);

    private static IEnumerable<string> TypesDependingOn(Assembly assembly, string[] namespaces, string[]? excludedNamespaces = null)
    {
        if (namespaces.Length == 0)
        {
            return [];
        }

        var filtered = Types.InAssembly(assembly).That().DoNotHaveNameStartingWith("<");
        foreach (var excluded in excludedNamespaces ?? [])
        {
            filtered = filtered.And().DoNotResideInNamespace(excluded);
        }

        var result = filtered.ShouldNot().HaveDependencyOnAny(namespaces).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.Select(t => $"{t} depends on {string.Join(", ", namespaces)}");
    }
}
