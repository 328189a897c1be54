using System.Reflection;
using Naringslivsplattform.BuildingBlocks.Modules;

namespace Naringslivsplattform.Architecture.Tests;

/// <summary>The product's assemblies as the Host composes them, sorted into their architectural roles.</summary>
internal static class Solution
{
    public const string Prefix = "Naringslivsplattform.";

    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly Assembly BuildingBlocks = typeof(IModule).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = LoadAll();

    /// <summary>Assemblies holding an <see cref="IModule"/> implementation.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        [.. All.Where(a => a.GetTypes().Any(t => t is { IsAbstract: false, IsInterface: false } && typeof(IModule).IsAssignableFrom(t)))];

    public static IReadOnlyList<Assembly> Contracts { get; } = [.. All.Where(IsContracts)];

    public static bool IsContracts(Assembly assembly) => assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal);

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    private static List<Assembly> LoadAll()
    {
        var found = new Dictionary<string, Assembly>();
        var pending = new Stack<Assembly>([Host]);
        while (pending.TryPop(out var assembly))
        {
            if (found.TryAdd(NameOf(assembly), assembly))
            {
                foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith(Prefix, StringComparison.Ordinal)))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return [.. found.Values.OrderBy(NameOf)];
    }
}
