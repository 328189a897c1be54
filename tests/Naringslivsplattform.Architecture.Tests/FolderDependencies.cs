using System.Reflection;

namespace Naringslivsplattform.Architecture.Tests;

/// <summary>Rules on the dependencies between the folders (namespaces) inside one module, read by <see cref="FolderGraph"/>.</summary>
internal static partial class BoundaryRules
{
    private const int ExamplesPerEdge = 2;

    /// <summary>
    /// No folder of a module may reach itself through other folders. The module's root namespace is a node too:
    /// its module class composes every folder, so a folder using a type in the root closes a cycle.
    /// Each cycle is one violation, <c>Naringslivsplattform.ProcessPlan: Actions → Plans → Actions</c>, followed
    /// by a line per edge naming the types that make it. The cycles are the shortest one through each edge that
    /// lies on any cycle, so every such edge appears in at least one; cutting any one edge of a cycle breaks it.
    /// </summary>
    public static IEnumerable<string> FolderCycles(Assembly module) => FolderCycles(module, Solution.NameOf(module));

    /// <inheritdoc cref="FolderCycles(Assembly)"/>
    public static IEnumerable<string> FolderCycles(Assembly assembly, string root)
    {
        var graph = FolderGraph.Read(assembly, root);
        var cycles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to, _) in graph.Edges)
        {
            if (graph.ShortestPath(to, from) is { } back)
            {
                var cycle = Canonical([from, .. back[..^1]]);
                cycles.TryAdd(string.Join(" → ", cycle), cycle);
            }
        }

        return cycles.Values
            .OrderBy(c => c.Count)
            .ThenBy(c => string.Join(" ", c), StringComparer.Ordinal)
            .Select(c => DescribeCycle(graph, c));
    }

    /// <summary>
    /// The module's <c>TimeTravel</c> folder (with its subfolders) is used by no other folder, only by the module
    /// class in the root namespace that wires it in. Nothing to check in a module without it.
    /// </summary>
    public static IEnumerable<string> TimeTravelUsers(Assembly module) => TimeTravelUsers(module, Solution.NameOf(module));

    /// <inheritdoc cref="TimeTravelUsers(Assembly)"/>
    public static IEnumerable<string> TimeTravelUsers(Assembly assembly, string root)
    {
        var graph = FolderGraph.Read(assembly, root);
        var timeTravel = TimeTravelNamespace(root);
        bool IsTimeTravel(string ns) => ns == timeTravel || ns.StartsWith(timeTravel + ".", StringComparison.Ordinal);

        return graph.Edges
            .Where(e => IsTimeTravel(e.To) && !IsTimeTravel(e.From) && e.From != root)
            .Select(e => $"{root}: {graph.Label(e.From)} uses {graph.Label(e.To)}, which only the module root may use: {Examples(e.Uses)}");
    }

    public static string TimeTravelNamespace(string root) => $"{root}.TimeTravel";

    /// <summary>Rotated to start at its first namespace in ordinal order, so the root (a prefix of every other) comes first.</summary>
    private static List<string> Canonical(List<string> cycle)
    {
        var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
        return [.. cycle[start..], .. cycle[..start]];
    }

    private static string DescribeCycle(FolderGraph graph, List<string> cycle)
    {
        var closed = cycle.Append(cycle[0]).ToList();
        var lines = new List<string> { $"{graph.Root}: {string.Join(" → ", closed.Select(graph.Label))}" };
        for (var i = 0; i < cycle.Count; i++)
        {
            lines.Add($"    {graph.Label(closed[i])} → {graph.Label(closed[i + 1])}: {Examples(graph.Uses(closed[i], closed[i + 1]))}");
        }

        if (cycle[0] == graph.Root)
        {
            lines.Add($"    (through the root namespace: its module class uses the folders, so a folder using a type in {FolderGraph.RootLabel} closes a cycle)");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// A few of an edge's type pairs, hand-written types before generated ones, each after the first using another
    /// type than those before it where there is one, so the examples show how wide the edge is.
    /// </summary>
    private static string Examples(IReadOnlyCollection<string> uses)
    {
        if (uses.Count == 0)
        {
            return "no type in the root names one here, but the module class composes every folder (pages and commands are found in its assembly)";
        }

        var candidates = uses.OrderBy(u => u.Contains(" (generated)", StringComparison.Ordinal)).Select(u => u.Split(" → ")).ToList();
        var examples = new List<string[]>();
        while (examples.Count < Math.Min(ExamplesPerEdge, candidates.Count))
        {
            examples.Add(candidates
                .Where(c => !examples.Contains(c))
                .MinBy(c => examples.Count(e => e[1] == c[1]) * 2 + examples.Count(e => e[0] == c[0]))!);
        }

        return string.Join("; ", examples.Select(e => string.Join(" → ", e)))
            + (uses.Count > examples.Count ? $" (and {uses.Count - examples.Count} more)" : "");
    }
}
