using Microsoft.Playwright;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// A test with its own browser context and page. When the test fails, a screenshot of the page
/// as it was is left in <c>artifacts/screenshots/failed/</c>.
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;

    protected IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Page = await Fixture.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        if (Page is null)
        {
            return;
        }

        if (TestContext.Current.TestState?.Result == TestResult.Failed && !Page.IsClosed)
        {
            var folder = Directory.CreateDirectory(Path.Combine(ArtifactFolders.Screenshots, "failed")).FullName;
            var name = TestContext.Current.TestMethod?.MethodName ?? "test";
            await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }

        await Page.Context.CloseAsync();
        GC.SuppressFinalize(this);
    }

    protected Task GotoInteractiveAsync(string path) => BrowserFixture.GotoInteractiveAsync(Page, path);

    /// <summary>
    /// Leaves a full-page screenshot in <c>artifacts/screenshots/</c> for humans to look at. Scrolled to
    /// the top first: otherwise MudBlazor's fixed app bar is drawn in the middle of the picture.
    /// </summary>
    protected async Task SaveScreenshotAsync(string name)
    {
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactFolders.Screenshots, $"{name}.png"), FullPage = true });
    }

    /// <summary>Signs <paramref name="user"/> in on this test's page through the sign-in form.</summary>
    protected Task SignInAsync(TestUser user) => SignInForm.SignInAsync(Page, user);

    /// <summary>
    /// For tests about something else than signing in: gives this test's browser context the session
    /// cookie of <paramref name="user"/> (signed in through the form once per user and run), which
    /// saves a sign-in per test.
    /// </summary>
    protected async Task UseSessionOfAsync(TestUser user) =>
        await Page.Context.AddCookiesAsync(await Fixture.SessionCookiesAsync(user));
}
