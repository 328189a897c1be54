namespace Naringslivsplattform.BuildingBlocks.Security;

/// <summary>Names of the rate-limiting policies the Host defines and endpoints refer to.</summary>
public static class RateLimits
{
    /// <summary>Per caller (user, key or address) on the API.</summary>
    public const string Api = "api";

    /// <summary>Per client address on sign-in, on top of the account lockout.</summary>
    public const string SignIn = "sign-in";
}
