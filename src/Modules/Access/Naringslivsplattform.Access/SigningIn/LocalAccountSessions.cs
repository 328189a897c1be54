using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.SigningIn;

/// <summary>
/// Checks a local account's session cookie against the account on every request, so a lockout ends
/// the session at once and changed roles apply at once, rather than when the cookie expires.
/// </summary>
internal static class LocalAccountSessions
{
    /// <summary>Marks a cookie issued for a local account (not by an OpenID Connect provider).</summary>
    public const string LocalAccountClaim = "local_account";

    public static ClaimsPrincipal PrincipalOf(LocalAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.UserName),
            new(SignInEndpoints.DisplayNameClaim, account.DisplayName),
            new(PlatformClaims.Municipality, account.MunicipalityCode),
            new(LocalAccountClaim, "true"),
        };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirst(LocalAccountClaim) is null
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession(principal.FindFirstValue(PlatformClaims.Municipality) ?? "");
        var account = await session.LoadAsync<LocalAccount>(accountId, context.HttpContext.RequestAborted);
        if (account is null || account.IsLockedAt(services.GetRequiredService<TimeProvider>().GetUtcNow()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (!principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().SequenceEqual(account.Roles.Order()))
        {
            context.ReplacePrincipal(PrincipalOf(account));
            context.ShouldRenew = true;
        }
    }
}
