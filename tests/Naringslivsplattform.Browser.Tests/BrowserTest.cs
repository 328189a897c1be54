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
}
