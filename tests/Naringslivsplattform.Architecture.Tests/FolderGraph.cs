using System.Reflection;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Naringslivsplattform.Architecture.Tests;

/// <summary>
/// Which namespace (folder) of one module uses which, read from the compiled assembly, with the pairs of
/// outermost types behind each edge. A type uses another when it names it anywhere: base type, interfaces,
/// fields, properties, events, method signatures, generic arguments and constraints, custom attributes,
/// local variables, caught exceptions and the operands of its IL. Nested and compiler-generated types
/// (lambdas' closures, async state machines, record members) count for their outermost declaring type.
/// </summary>
/// <remarks>
/// Nodes are the namespaces of the assembly that are <see cref="Root"/> or start with it, so generated code
/// outside them (JasperFx.Generated, Mediator, System.Text.RegularExpressions.Generated, the global
/// namespace's anonymous types) is not a node. Razor's generic type-inference helpers
/// (<c>__Blazor.{namespace}.{Component}.TypeInference</c>) count for their component's namespace.
/// What the compiler erases (constants, <c>nameof</c>, doc comments) is not in the IL and so not an edge.
/// The root has an edge to every folder, with no type pair where none of its types names one: the module class
/// composes them all, some by having their pages and commands found in its assembly.
/// </remarks>
internal sealed partial class FolderGraph
{
    public const string RootLabel = "(root)";

    private const string BlazorPrefix = "__Blazor.";

    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);

    private FolderGraph(string root) => Root = root;

    /// <summary>The module's root namespace, the assembly name for a module.</summary>
    public string Root { get; }

    /// <summary>Every namespace of the module holding a type, the root included.</summary>
    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Every edge between two different namespaces, each with its type pairs <c>Folder.User → Folder.Used</c>, sorted;
    /// an edge from the root to a folder none of its types names has none.
    /// </summary>
    public IEnumerable<(string From, string To, IReadOnlyCollection<string> Uses)> Edges =>
        edges.SelectMany(from => from.Value.Select(to => (from.Key, to.Key, (IReadOnlyCollection<string>)to.Value)));

    public static FolderGraph Read(Assembly assembly, string root)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assembly.Location));
        using var module = ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { AssemblyResolver = resolver });

        var graph = new FolderGraph(root);
        foreach (var type in module.Types)
        {
            if (graph.NamespaceOf(type) is not { } from)
            {
                continue;
            }

            graph.Namespaces.Add(from);
            var uses = new TypeUses();
            uses.Type(type);
            foreach (var used in uses.Found.Where(t => t.Scope == module).Select(t => t.Resolve() ?? t).Distinct())
            {
                if (graph.NamespaceOf(used) is { } to && to != from)
                {
                    graph.Add(from, to, $"{graph.Display(type)} → {graph.Display(used)}");
                }
            }
        }

        // The module class composes every folder, some without naming a type in them (pages and commands are
        // found by scanning the assembly): the root depends on each folder even where no type pair shows it.
        foreach (var folder in graph.Namespaces.Where(ns => ns != root))
        {
            graph.Edge(root, folder);
        }

        return graph;
    }

    /// <summary>The namespace relative to the root: <c>Actions</c>, <c>Rebuild.Cli</c>, or <see cref="RootLabel"/>.</summary>
    public string Label(string ns) => ns == Root ? RootLabel : ns[(Root.Length + 1)..];

    /// <summary>The shortest path of edges from <paramref name="start"/> to <paramref name="goal"/>, both included; null when there is none.</summary>
    public List<string>? ShortestPath(string start, string goal)
    {
        var cameFrom = new Dictionary<string, string> { [start] = start };
        var frontier = new Queue<string>([start]);
        while (frontier.TryDequeue(out var node))
        {
            if (node == goal)
            {
                var path = new List<string> { goal };
                while (path[^1] != start)
                {
                    path.Add(cameFrom[path[^1]]);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in edges.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (cameFrom.TryAdd(next, node))
                {
                    frontier.Enqueue(next);
                }
            }
        }

        return null;
    }

    public IReadOnlyCollection<string> Uses(string from, string to) => edges[from][to];

    private SortedSet<string> Edge(string from, string to)
    {
        if (!edges.TryGetValue(from, out var targets))
        {
            edges[from] = targets = new(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var uses))
        {
            targets[to] = uses = new(StringComparer.Ordinal);
        }

        return uses;
    }

    private void Add(string from, string to, string use) => Edge(from, to).Add(use);

    private string? NamespaceOf(TypeReference outermost)
    {
        var ns = outermost.Namespace;
        if (ns.StartsWith(BlazorPrefix, StringComparison.Ordinal) && ns.LastIndexOf('.') is var component and > 0)
        {
            ns = ns[BlazorPrefix.Length..component];
        }

        return ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns : null;
    }

    /// <summary><c>Actions.PlanActionRules</c>, <c>Ui.EvaluationPage.TypeInference</c>, <c>Started&lt;T&gt;</c> for a type in the root.</summary>
    private string Display(TypeReference outermost)
    {
        var ns = outermost.Namespace.StartsWith(BlazorPrefix, StringComparison.Ordinal) ? outermost.Namespace[BlazorPrefix.Length..] : outermost.Namespace;
        var folder = ns == Root ? "" : ns[(Root.Length + 1)..] + ".";
        var name = FileLocalName().Match(outermost.Name) is { Success: true } fileLocal
            ? fileLocal.Groups["name"].Value.Split('`')[0] + (fileLocal.Groups["file"].Value.EndsWith("_g", StringComparison.Ordinal) ? " (generated)" : " (file-local)")
            : outermost.Name.Split('`')[0];
        var generics = outermost.HasGenericParameters ? $"<{string.Join(", ", outermost.GenericParameters.Select(p => p.Name))}>" : "";
        return folder + name + generics;
    }

    /// <summary>A <c>file</c> type's metadata name: <c>&lt;{source file}&gt;F{hash}__{name}</c>, the file ending in <c>_g</c> when generated.</summary>
    [GeneratedRegex("^<(?<file>.*)>F[0-9A-F]{64}__(?<name>.+)$")]
    private static partial Regex FileLocalName();

    /// <summary>The outermost types a type definition names anywhere in it, nested types included.</summary>
    private sealed class TypeUses
    {
        public HashSet<TypeReference> Found { get; } = [];

        public void Type(TypeDefinition type)
        {
            Attributes(type);
            Add(type.BaseType);
            foreach (var implementation in type.Interfaces)
            {
                Add(implementation.InterfaceType);
                Attributes(implementation);
            }

            GenericParameters(type);
            foreach (var field in type.Fields)
            {
                Add(field.FieldType);
                Attributes(field);
            }

            foreach (var property in type.Properties)
            {
                Add(property.PropertyType);
                Parameters(property.Parameters);
                Attributes(property);
            }

            foreach (var @event in type.Events)
            {
                Add(@event.EventType);
                Attributes(@event);
            }

            foreach (var method in type.Methods)
            {
                Method(method);
            }

            foreach (var nested in type.NestedTypes)
            {
                Type(nested);
            }
        }

        private void Method(MethodDefinition method)
        {
            Attributes(method);
            Add(method.ReturnType);
            Attributes(method.MethodReturnType);
            Parameters(method.Parameters);
            GenericParameters(method);
            foreach (var overridden in method.Overrides)
            {
                Member(overridden);
            }

            if (!method.HasBody)
            {
                return;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var handler in method.Body.ExceptionHandlers)
            {
                Add(handler.CatchType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference type:
                        Add(type);
                        break;
                    case MemberReference member:
                        Member(member);
                        break;
                    case CallSite site:
                        Add(site.ReturnType);
                        Parameters(site.Parameters);
                        break;
                }
            }
        }

        private void Member(MemberReference member)
        {
            Add(member.DeclaringType);
            switch (member)
            {
                case GenericInstanceMethod generic:
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    Member(generic.ElementMethod);
                    break;
                case MethodReference method:
                    Add(method.ReturnType);
                    Parameters(method.Parameters);
                    break;
                case FieldReference field:
                    Add(field.FieldType);
                    break;
            }
        }

        private void Parameters(IEnumerable<ParameterDefinition> parameters)
        {
            foreach (var parameter in parameters)
            {
                Add(parameter.ParameterType);
                Attributes(parameter);
            }
        }

        private void GenericParameters(IGenericParameterProvider provider)
        {
            foreach (var parameter in provider.GenericParameters)
            {
                Attributes(parameter);
                foreach (var constraint in parameter.Constraints)
                {
                    Add(constraint.ConstraintType);
                    Attributes(constraint);
                }
            }
        }

        private void Attributes(Mono.Cecil.ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Member(attribute.Constructor);
                foreach (var argument in attribute.ConstructorArguments
                    .Concat(attribute.Fields.Select(f => f.Argument))
                    .Concat(attribute.Properties.Select(p => p.Argument)))
                {
                    Argument(argument);
                }
            }
        }

        private void Argument(CustomAttributeArgument argument)
        {
            Add(argument.Type);
            switch (argument.Value)
            {
                case TypeReference type:
                    Add(type);
                    break;
                case CustomAttributeArgument boxed:
                    Argument(boxed);
                    break;
                case CustomAttributeArgument[] array:
                    foreach (var element in array)
                    {
                        Argument(element);
                    }

                    break;
            }
        }

        /// <summary>Takes a composite type apart (generic instance, array, pointer, by-ref, modifier, function pointer) and keeps the outermost types.</summary>
        private void Add(TypeReference? type)
        {
            switch (type)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    return;
                case IModifierType modified:
                    Add(modified.ModifierType);
                    Add(modified.ElementType);
                    return;
                case FunctionPointerType pointer:
                    Add(pointer.ReturnType);
                    Parameters(pointer.Parameters);
                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                default:
                    while (type.DeclaringType is { } declaring)
                    {
                        type = declaring;
                    }

                    Found.Add(type);
                    return;
            }
        }
    }
}
