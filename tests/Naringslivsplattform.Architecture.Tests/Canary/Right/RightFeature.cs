using Naringslivsplattform.Architecture.Tests.Canary.Left;

namespace Naringslivsplattform.Architecture.Tests.Canary.Right;

internal sealed record RightFeature(string Name)
{
    /// <summary>Uses Left only as a generic argument.</summary>
    public IReadOnlyList<LeftFeature> Lefts { get; init; } = [];

    /// <summary>Uses the root namespace, which the module class in it makes a cycle.</summary>
    public string Title => CanaryModule.Title(Name);

    public static int Twice(int n) => n * 2;
}
