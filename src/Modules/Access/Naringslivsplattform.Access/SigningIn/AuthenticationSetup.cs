using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access.ApiKeys;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.SigningIn;

/// <summary>
/// Cookies for the admin UI (local accounts, or OpenID Connect such as Microsoft Entra ID when
/// configured) and API keys for the intranet, chosen per request by one policy scheme.
/// </summary>
internal static class AuthenticationSetup
{
    public const string PlatformScheme = "Platform";
    public const string OpenIdConnectSection = "Authentication:OpenIdConnect";

    public static void AddPlatformAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services
            .AddAuthentication(PlatformScheme)
            .AddPolicyScheme(PlatformScheme, PlatformScheme, options => options.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.IsPresent(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "nlp.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = SignInEndpoints.SignInPath;
                options.AccessDeniedPath = "/atkomst-nekad";
                options.Events.OnValidatePrincipal = LocalAccountSessions.ValidateAsync;
                options.Events.OnRedirectToLogin = context => StatusInsteadOfRedirectForApi(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => StatusInsteadOfRedirectForApi(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        var oidc = configuration.GetSection(OpenIdConnectSection);
        if (!string.IsNullOrEmpty(oidc["Authority"]))
        {
            authentication.AddOpenIdConnect(options =>
            {
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.RequireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
                // Keep the provider's claim names ("roles", "preferred_username") as they are, so the
                // role and name claim types below find them.
                options.MapInboundClaims = false;
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.TokenValidationParameters.RoleClaimType = oidc["RoleClaim"] ?? "roles";
                options.TokenValidationParameters.NameClaimType = "preferred_username";
                options.Events.OnTokenValidated = context =>
                {
                    var municipality = oidc["MunicipalityCode"] ?? configuration["Tenancy:DefaultMunicipalityCode"] ?? "";
                    context.Principal?.Identities.First().AddClaim(new Claim(PlatformClaims.Municipality, municipality));
                    return Task.CompletedTask;
                };
            });
        }

        services.AddPlatformAuthorization();
        services.AddCascadingAuthenticationState();
    }

    public static bool HasOpenIdConnect(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration.GetSection(OpenIdConnectSection)["Authority"]);

    public static string OpenIdConnectScheme => OpenIdConnectDefaults.AuthenticationScheme;

    private static Task StatusInsteadOfRedirectForApi(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
