using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The OpenID Connect sign-in (as with Microsoft Entra ID) end to end against a loopback provider.</summary>
public sealed class OpenIdConnectSignInTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_in_with_the_organisations_provider_gives_the_roles_it_assigns()
    {
        await using var provider = await LoopbackIdentityProvider.StartAsync();
        await using var app = await AppSignedInThroughAsync(provider, "oidc");
        var browser = BrowserOf(app);

        var challenge = await browser.GetAsync("/konto/logga-in-extern?returnUrl=%2Fprocessplan", Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith($"{provider.Authority}/authorize", authorize.ToString(), StringComparison.Ordinal);
        var request = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(LoopbackIdentityProvider.ClientId, request["client_id"].ToString());

        var code = provider.IssueCode(request["nonce"]!, "eva.lasare@vilhelmina.se", PlatformRoles.Reader);
        var callback = await browser.PostAsync(
            new Uri(request["redirect_uri"]!).PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["state"] = request["state"]! }),
            Ct);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/processplan", callback.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/plans", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/api-keys", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_code_the_provider_did_not_issue_signs_nobody_in()
    {
        await using var provider = await LoopbackIdentityProvider.StartAsync();
        await using var app = await AppSignedInThroughAsync(provider, "oidc-bad");
        var browser = BrowserOf(app);
        var request = QueryHelpers.ParseQuery((await browser.GetAsync("/konto/logga-in-extern", Ct)).Headers.Location!.Query);

        await browser.PostAsync(
            new Uri(request["redirect_uri"]!).PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "forged", ["state"] = request["state"]! }),
            Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    private async Task<PlatformApp> AppSignedInThroughAsync(LoopbackIdentityProvider provider, string databasePrefix) =>
        new(await database.Server.CreateDatabaseAsync(databasePrefix, Ct), settings: new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = provider.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = LoopbackIdentityProvider.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = LoopbackIdentityProvider.ClientSecret,
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        });

    // HTTPS towards the app, because the handler's correlation and nonce cookies are Secure.
    private static HttpClient BrowserOf(PlatformApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
}
