using System.Reflection;
using Mediator;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Naringslivsplattform.Architecture.Tests;

/// <summary>
/// The write path's shape (ADR 0015): a command is data, and a page sends the same named command as the endpoint —
/// it does not decide by calling the rules itself, nor read or build the aggregate the rules decide on.
/// </summary>
internal static partial class BoundaryRules
{
    /// <summary>Commands and queries whose properties are delegates: a command that carries its decision as a function.</summary>
    public static IEnumerable<string> MessagesCarryingFunctions(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(ICommand<>) || d == typeof(IQuery<>) || d == typeof(IRequest<>))))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => typeof(Delegate).IsAssignableFrom(p.PropertyType))
                .Select(p => $"{t.FullName}.{p.Name} is a {p.PropertyType.Name}"));

    /// <summary>
    /// Code in a <c>Ui</c> folder (pages, their components and lambdas) that calls a method of a <c>*Rules</c> class or
    /// any member of an aggregate the rules decide on (a type with a public static <c>Create</c> returning it and public
    /// <c>Apply</c> methods that a <c>*Rules</c> method takes); a read model that folds itself, such as a timeline entry, is not one.
    /// Reading a rule's limit (a constant or static field) and <c>typeof(Aggregate)</c> for the history panel are fine.
    /// </summary>
    public static IEnumerable<string> PagesReachingIntoTheDomain(Assembly module) => PagesReachingIntoTheDomain(module, Solution.NameOf(module));

    /// <inheritdoc cref="PagesReachingIntoTheDomain(Assembly)"/>
    public static IEnumerable<string> PagesReachingIntoTheDomain(Assembly assembly, string root)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assembly.Location));
        using var module = ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { AssemblyResolver = resolver });
        var ui = $"{root}.Ui";
        var own = module.Types.Where(t => t.Namespace == root || t.Namespace.StartsWith(root + ".", StringComparison.Ordinal)).ToList();
        var decidedOn = own.Where(t => t.Name.EndsWith("Rules", StringComparison.Ordinal))
            .SelectMany(t => t.Methods).SelectMany(m => m.Parameters).Select(p => p.ParameterType.FullName).ToHashSet(StringComparer.Ordinal);
        var aggregates = own.Where(t => IsAggregate(t) && decidedOn.Contains(t.FullName)).Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        var pages = module.Types.Where(t => t.Namespace == ui || t.Namespace.StartsWith(ui + ".", StringComparison.Ordinal)
            || t.Namespace.StartsWith($"__Blazor.{ui}", StringComparison.Ordinal));

        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var method in AllMethods(page).Where(m => m.HasBody))
            {
                foreach (var member in method.Body.Instructions.Where(i => i.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn).Select(i => i.Operand).OfType<MethodReference>())
                {
                    var declaring = member.DeclaringType.GetElementType();
                    if (declaring.Name.EndsWith("Rules", StringComparison.Ordinal) && own.Any(t => t.FullName == declaring.FullName))
                    {
                        violations.Add($"{page.FullName} calls the rule {declaring.Name}.{member.Name}");
                    }
                    else if (aggregates.Contains(declaring.FullName))
                    {
                        violations.Add($"{page.FullName} uses the aggregate {declaring.Name} ({member.Name})");
                    }
                }
            }
        }

        return violations;
    }

    private static bool IsAggregate(TypeDefinition type) =>
        type.Methods.Any(m => m is { IsStatic: true, IsPublic: true, Name: "Create" } && m.ReturnType.FullName == type.FullName)
        && type.Methods.Any(m => m is { IsStatic: false, IsPublic: true, Name: "Apply" });

    private static IEnumerable<MethodDefinition> AllMethods(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(AllMethods));
}
