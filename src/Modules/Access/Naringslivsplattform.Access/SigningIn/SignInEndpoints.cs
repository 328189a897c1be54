using JasperFx;
using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Naringslivsplattform.Access.Accounts;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Access.SigningIn;

internal sealed class SignInForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Sign-in and sign-out of local accounts: plain form posts, because a cookie can only be set outside a circuit.</summary>
internal static partial class SignInEndpoints
{
    public const string SignInPath = "/logga-in";
    public const string ExternalSignInPath = "/konto/logga-in-extern";
    public const string InvalidCredentialsCode = "ogiltigt";
    public const string LockedOutCode = "last";
    public const string DisplayNameClaim = "display_name";

    // Verified when the user name is unknown, so both cases take the same time.
    private static readonly string UnknownUserHash = new PasswordHasher<LocalAccount>().HashPassword(null!, Guid.NewGuid().ToString());

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/konto/logga-in", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).ExcludeFromDescription();
        app.MapGet(ExternalSignInPath, SignInExternally).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn).ExcludeFromDescription();
        app.MapPost("/konto/logga-ut", (Delegate)SignOutAsync).RequireAuthorization(PlatformPolicies.Read).ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] SignInForm form,
        HttpContext http,
        IDocumentStore store,
        IPasswordHasher<LocalAccount> hasher,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SignInEndpoints));
        var returnUrl = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
        var userName = LocalAccount.Normalize(form.UserName ?? "");
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "okänd";

        await using var lookup = store.QuerySession();
        var found = await lookup.Query<LocalAccount>()
            .Where(a => a.AnyTenant() && a.UserName == userName)
            .Select(a => new { a.Id, a.MunicipalityCode })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash, form.Password ?? "");
            LogSignIn(logger, userName, address, "unknown user");
            return Failure(InvalidCredentialsCode, returnUrl);
        }

        await using var session = store.LightweightSession(found.MunicipalityCode);
        session.LastModifiedBy = userName;
        session.CorrelationId = http.TraceIdentifier;
        var stream = await session.Events.FetchForWriting<LocalAccount>(found.Id, cancellationToken);
        var account = stream.Aggregate!;
        var verified = hasher.VerifyHashedPassword(account, account.PasswordHash, form.Password ?? "") != PasswordVerificationResult.Failed;
        var (outcome, events) = SignInDecision.Decide(account, verified, time.GetUtcNow());
        stream.AppendMany(events);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyException)
        {
            LogSignIn(logger, userName, address, "concurrent attempt");
            return Failure(InvalidCredentialsCode, returnUrl);
        }

        var outcomeText = outcome.ToString();
        LogSignIn(logger, userName, address, outcomeText);
        if (outcome != SignInOutcome.SignedIn)
        {
            return Failure(outcome == SignInOutcome.LockedOut ? LockedOutCode : InvalidCredentialsCode, returnUrl);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, LocalAccountSessions.PrincipalOf(account));
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Hands the user to the organisation's OpenID Connect provider, which returns them signed in.</summary>
    private static IResult SignInExternally(string? returnUrl, IConfiguration configuration) =>
        AuthenticationSetup.HasOpenIdConnect(configuration)
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" }, [AuthenticationSetup.OpenIdConnectScheme])
            : Results.NotFound();

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        // The post carries no form fields, so the framework does not check the token by itself.
        await antiforgery.ValidateRequestAsync(http);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect(SignInPath);
    }

    private static IResult Failure(string code, string returnUrl) =>
        Results.LocalRedirect($"{SignInPath}?fel={code}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>Only a path on this site is a safe place to return to (no other host, no protocol-relative URL).</summary>
    internal static bool IsLocal([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in attempt for {UserName} from {Address}: {Outcome}")]
    private static partial void LogSignIn(ILogger logger, string userName, string address, string outcome);
}
