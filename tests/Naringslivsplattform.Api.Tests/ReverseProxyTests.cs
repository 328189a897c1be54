using System.Net;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Behind a configured proxy the sign-in limit applies per real client; X-Forwarded-For from anyone else is ignored.</summary>
public sealed class ReverseProxyTests(DatabaseFixture database)
{
    private const int Limit = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Behind_the_known_proxy_each_forwarded_client_has_its_own_sign_in_limit()
    {
        await using var app = await StartAsync("proxy-known", ["127.0.0.1"]);

        var first = await SpendSignInLimitAsync(app, "203.0.113.5");
        var second = await SignInFromAsync(app, "203.0.113.6");

        Assert.Equal(HttpStatusCode.TooManyRequests, first);
        Assert.Equal(HttpStatusCode.Redirect, second);
    }

    [Fact]
    public async Task Without_a_known_proxy_a_forged_x_forwarded_for_does_not_escape_the_limit()
    {
        await using var app = await StartAsync("proxy-none", []);

        var first = await SpendSignInLimitAsync(app, "203.0.113.5");
        var forged = await SignInFromAsync(app, "203.0.113.6");

        Assert.Equal(HttpStatusCode.TooManyRequests, first);
        Assert.Equal(HttpStatusCode.TooManyRequests, forged);
    }

    private async Task<PlatformApp> StartAsync(string name, string[] knownProxies)
    {
        var settings = new Dictionary<string, string> { ["RateLimiting:SignInAttemptsPerMinute"] = $"{Limit}" };
        for (var i = 0; i < knownProxies.Length; i++)
        {
            settings[$"ReverseProxy:KnownProxies:{i}"] = knownProxies[i];
        }

        var app = new PlatformApp(await database.Server.CreateDatabaseAsync(name, Ct), importSeedsOnStartup: false, useRealSocket: true, settings: settings);
        app.StartServer();
        return app;
    }

    /// <returns>The status of the attempt after the limit was spent.</returns>
    private static async Task<HttpStatusCode> SpendSignInLimitAsync(PlatformApp app, string client)
    {
        for (var attempt = 0; attempt < Limit; attempt++)
        {
            Assert.Equal(HttpStatusCode.Redirect, await SignInFromAsync(app, client));
        }

        return await SignInFromAsync(app, client);
    }

    private static async Task<HttpStatusCode> SignInFromAsync(PlatformApp app, string client)
    {
        var browser = new BrowserSession(app);
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return (await browser.SignInAsync("ingen.sadan", "fel lösenord för proxytestet")).StatusCode;
    }
}
