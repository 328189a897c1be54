using Naringslivsplattform.BuildingBlocks.Resources;

namespace Naringslivsplattform.BuildingBlocks.Reference;

/// <summary>The areas the localities lists sort places into, in the order reports show them.</summary>
public static class LocalityAreas
{
    /// <summary>The municipality's central town (centralorten).</summary>
    public const string Town = "town";

    /// <summary>The villages of the western mountain valleys (fjälldalarna).</summary>
    public const string MountainValleys = "mountain-valleys";

    /// <summary>Every other village (landsbygden).</summary>
    public const string Countryside = "countryside";

    public static readonly IReadOnlyList<string> All = [Town, MountainValleys, Countryside];

    /// <summary>The area in Swedish; null (a place not on the list) is the unknown area.</summary>
    public static string Name(string? area) => area switch
    {
        Town => SharedTexts.AreaTown,
        MountainValleys => SharedTexts.AreaMountainValleys,
        Countryside => SharedTexts.AreaCountryside,
        null => SharedTexts.AreaUnknown,
        _ => area,
    };
}
