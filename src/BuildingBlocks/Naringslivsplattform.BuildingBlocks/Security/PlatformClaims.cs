namespace Naringslivsplattform.BuildingBlocks.Security;

public static class PlatformClaims
{
    /// <summary>The municipality (kommunkod) a user or API key belongs to.</summary>
    public const string Municipality = "kommunkod";
}
