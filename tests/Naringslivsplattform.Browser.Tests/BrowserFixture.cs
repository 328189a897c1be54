using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Naringslivsplattform.Access;
using Naringslivsplattform.Browser.Tests;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.TestSupport;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
// One app and one Chromium for the whole assembly; tests run one after another so a loaded
// 2-core machine is not asked to drive several pages and circuits at once.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// The real Host on a throwaway PostgreSQL database, listening on a free loopback port,
/// a headless Debian Chromium driven by Playwright, and local accounts for the tests to sign in with.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download is not available here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The municipality the test accounts belong to (the configured default).</summary>
    public const string Municipality = "2462";

    private const string Password = "ett-langt-losenord";

    // Generous: the first page of a cold app on a busy 2-core machine needs a few seconds.
    public const float InteractiveTimeout = 60_000;
    private const float ActionTimeout = 30_000;
    private const float NavigationTimeout = 60_000;

    private PostgresServer? _postgres;
    private PlatformApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<Cookie>>> _sessions = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Administers users and API keys; shared, so no test may lock it or change its roles.</summary>
    public TestUser Administrator { get; } = new("test.admin", "Ada Administratör", Password, PlatformRoles.Administrator);

    /// <summary>Reads and plans, but administers nothing; shared, so no test may lock it or change its roles.</summary>
    public TestUser Planner { get; } = new("test.planerare", "Per Planerare", Password, PlatformRoles.Planner);

    /// <summary>May read everything and change nothing.</summary>
    public TestUser Reader { get; } = new("test.lasare", "Lisa Läsare", Password, PlatformRoles.Reader);

    /// <summary>Only for the test that locks it out with wrong passwords.</summary>
    public TestUser LockedOutUser { get; } = new("test.lasse", "Lasse Låst", Password, PlatformRoles.Reader);

    /// <summary>Only for the test that locks it out and has an administrator unlock it.</summary>
    public TestUser UnlockedUser { get; } = new("test.ulla", "Ulla Upplåst", Password, PlatformRoles.Reader);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Install it with 'apt-get install -y chromium' (the repository's ./test script does this).");
        }

        _postgres = await PostgresServer.StartAsync();
        var connectionString = await _postgres.CreateDatabaseAsync("browser");
        _app = new PlatformApp(connectionString, seedDirectory: null, importSeedsOnStartup: true, useRealSocket: true, settings: new Dictionary<string, string>
        {
            // Every test signs in from 127.0.0.1; the per-address limit would otherwise refuse the later ones.
            ["RateLimiting:SignInAttemptsPerMinute"] = "10000",
        });
        _app.StartServer();
        BaseUrl = AddressOf(_app);
        if (new Uri(BaseUrl).Port == 0)
        {
            // Seen when Program returned without starting the host (its JasperFx command line rejected the
            // factory's --key=value settings): every page then fails with ERR_UNSAFE_PORT.
            throw new InvalidOperationException($"The app did not start listening (address {BaseUrl}); see the host's output above.");
        }

        var provisioning = _app.Services.GetRequiredService<AccessProvisioning>();
        foreach (var user in new[] { Administrator, Planner, Reader, LockedOutUser, UnlockedUser })
        {
            var (_, error) = await provisioning.CreateLocalAccountAsync(Municipality, user.UserName, user.DisplayName, user.Password, [user.Role], "browser-tests");
            if (error is not null)
            {
                throw new InvalidOperationException($"Could not create the test account {user.UserName}: {error}");
            }
        }

        await WarmUpAsync();
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies and circuit) with a Swedish locale and one page.</summary>
    /// <summary>
    /// Renders the sign-in page once before any browser asks for it: the first server-side render of a cold app loads and
    /// compiles the UI's assemblies, which on a 2-core machine busy with the API tests took longer than a page may take.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        (await http.GetAsync("/logga-in", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new()
        {
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new() { Width = 1280, Height = 900 },
            BaseURL = BaseUrl,
        });
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(NavigationTimeout);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The cookies of a session of <paramref name="user"/>, from one sign-in through the form per
    /// user and run: tests about something else than signing in start from these.
    /// </summary>
    public async Task<IReadOnlyList<Cookie>> SessionCookiesAsync(TestUser user)
    {
        var signIn = _sessions.GetOrAdd(user.UserName, _ => SignInOnceAsync(user));
        try
        {
            return await signIn;
        }
        catch
        {
            // A failed sign-in fails the test that asked for it, not every later test of the same user.
            _sessions.TryRemove(KeyValuePair.Create(user.UserName, signIn));
            throw;
        }
    }

    private async Task<IReadOnlyList<Cookie>> SignInOnceAsync(TestUser user)
    {
        var page = await NewPageAsync();
        try
        {
            await SignInForm.SignInAsync(page, user);
            return [.. (await page.Context.CookiesAsync()).Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
                HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            })];
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Starts another instance of the Host on a database of its own, without seeds, configured with
    /// <paramref name="settings"/> on top; for behaviour that depends on configuration. The caller disposes it.
    /// </summary>
    public async Task<PlatformApp> StartAnotherAppAsync(IReadOnlyDictionary<string, string> settings)
    {
        var connectionString = await _postgres!.CreateDatabaseAsync("browser_other");
        var app = new PlatformApp(connectionString, importSeedsOnStartup: false, useRealSocket: true, settings: settings);
        app.StartServer();
        return app;
    }

    public static string AddressOf(PlatformApp app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A new API key of the test municipality, as an intranet system would hold one.</summary>
    public async Task<string> IssueApiKeyAsync(string scope)
    {
        var (key, error) = await _app!.Services.GetRequiredService<AccessProvisioning>()
            .IssueApiKeyAsync(Municipality, $"browser-{Guid.NewGuid():N}", scope, "system:tests");
        return key ?? throw new InvalidOperationException($"No key was issued: {error}");
    }

    /// <summary>An HTTP client for the API that shares no cookies with any browser context.</summary>
    public Task<IAPIRequestContext> NewApiRequestAsync() =>
        _playwright!.APIRequest.NewContextAsync(new() { BaseURL = BaseUrl });

    /// <summary>
    /// Opens <paramref name="path"/> and waits until the Blazor circuit is up: before that the
    /// prerendered page looks ready, but clicks and input are lost.
    /// </summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = InteractiveTimeout });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
