using Naringslivsplattform.Architecture.Tests.Canary.Left;
using Naringslivsplattform.Architecture.Tests.Canary.Right;
using Naringslivsplattform.Architecture.Tests.Canary.TimeTravel;

namespace Naringslivsplattform.Architecture.Tests.Canary;

/// <summary>
/// A module in miniature whose folders break the folder rules on purpose, for their canaries: Left and Right
/// use each other (Left only inside a lambda, Right only as a generic argument), Right uses the root, and Left
/// uses TimeTravel (only inside an async method). Nothing runs it; the rules read its compiled IL.
/// </summary>
internal static class CanaryModule
{
    public static string Root { get; } = typeof(CanaryModule).Namespace!;

    /// <summary>The module class composes every folder, as a real module class does.</summary>
    public static IReadOnlyList<Type> Features { get; } = [typeof(LeftFeature), typeof(RightFeature), typeof(CanaryClock)];

    public static string Title(string name) => $"Canary: {name}";
}
