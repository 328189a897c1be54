using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Naringslivsplattform.Browser.Tests;
using Naringslivsplattform.TestSupport;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
// One app and one Chromium for the whole assembly; tests run one after another so a loaded
// 2-core machine is not asked to drive several pages and circuits at once.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// The real Host on a throwaway PostgreSQL database, listening on a free loopback port,
/// and a headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download is not available here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    // Generous: the first page of a cold app on a busy 2-core machine needs a few seconds.
    public const float InteractiveTimeout = 60_000;
    private const float ActionTimeout = 30_000;
    private const float NavigationTimeout = 60_000;

    private PostgresServer? _postgres;
    private PlatformApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Install it with 'apt-get install -y chromium' (the repository's ./test script does this).");
        }

        _postgres = await PostgresServer.StartAsync();
        var connectionString = await _postgres.CreateDatabaseAsync("browser");
        _app = new PlatformApp(connectionString, seedDirectory: null, importSeedsOnStartup: true, useRealSocket: true);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        if (new Uri(BaseUrl).Port == 0)
        {
            // Seen when Program returned without starting the host (its JasperFx command line rejected the
            // factory's --key=value settings): every page then fails with ERR_UNSAFE_PORT.
            throw new InvalidOperationException($"The app did not start listening (address {BaseUrl}); see the host's output above.");
        }

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
