using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Naringslivsplattform.BuildingBlocks.Security;

/// <summary>
/// The authorization policies every endpoint and page declares one of. An endpoint that declares
/// none falls back to <see cref="Undeclared"/>, which nobody satisfies.
/// </summary>
public static class PlatformPolicies
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Audit = "audit";
    public const string Administer = "administer";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [Read] = [PlatformRoles.Reader, PlatformRoles.Planner, PlatformRoles.Auditor, PlatformRoles.Administrator],
        [Write] = [PlatformRoles.Planner, PlatformRoles.Administrator],
        [Audit] = [PlatformRoles.Auditor, PlatformRoles.Administrator],
        [Administer] = [PlatformRoles.Administrator],
    };

    /// <summary>Denies everyone, signed in or not, so forgetting to declare a policy cannot open anything.</summary>
    public static readonly AuthorizationPolicy Undeclared =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(_ => false).Build();

    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(Undeclared)
            .AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireRole(RolesByPolicy[Read]))
            .AddPolicy(Write, p => p.RequireAuthenticatedUser().RequireRole(RolesByPolicy[Write]))
            .AddPolicy(Audit, p => p.RequireAuthenticatedUser().RequireRole(RolesByPolicy[Audit]))
            .AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(RolesByPolicy[Administer]));
        return services;
    }
}
