using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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

    /// <summary>
    /// Picks <paramref name="option"/> in a MudSelect and waits until the field shows it: the select sets its value
    /// after a round trip to the browser, so a click sent at once could reach the server before the choice does.
    /// </summary>
    protected Task ChooseAsync(string label, string option, string? shown = null) =>
        ChooseInAsync(Page.GetByLabel(label, new() { Exact = true }), option, shown);

    /// <inheritdoc cref="ChooseAsync(string, string, string?)"/>
    protected Task ChooseAsync(ILocator scope, string label, string option, string? shown = null) =>
        ChooseInAsync(scope.GetByLabel(label, new() { Exact = true }), option, shown);

    private async Task ChooseInAsync(ILocator field, string option, string? shown)
    {
        await field.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        // The element the label names is the select's input or the box showing the choice, and can change between the
        // two while the list closes, so neither ToHaveValue nor ToHaveText fits: read whichever it is until it shows it.
        var expected = shown ?? option;
        var patience = Stopwatch.StartNew();
        string shownNow;
        while ((shownNow = await field.EvaluateAsync<string>("e => (e instanceof HTMLInputElement ? e.value : e.textContent).trim()")) != expected
            && patience.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.Equal(expected, shownNow);
    }

    /// <summary>
    /// Searches a MudAutocomplete for <paramref name="search"/>, picks <paramref name="option"/> and waits until the field
    /// shows it. The autocomplete focuses its input over the circuit before it takes the item, so without the wait the next
    /// action can be handled first and find no choice (a CI run failed that way).
    /// </summary>
    protected async Task PickAsync(string label, string search, string option)
    {
        var field = Page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(search);
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(field).ToHaveValueAsync(option);
    }

    /// <summary>Types a day into a MudDatePicker and leaves the field, which is when the picker takes the text.</summary>
    protected async Task FillDayAsync(string label, string day)
    {
        var field = Page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(day);
        await field.PressAsync("Tab");
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

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>axe-core over the whole page: serious and critical violations fail, others are only reported.</summary>
    protected async Task AssertNoSeriousOrCriticalViolationsAsync()
    {
        var result = await Page.RunAxe();
        Assert.NotEmpty(result.Passes); // a scan that checked nothing proves nothing
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"axe {result.TestEngine.Version} on {Page.Url}: {result.Violations.Length} violation(s), "
            + $"{result.Incomplete.Length} rule(s) to check by hand: {string.Join(", ", result.Incomplete.Select(i => $"{i.Id} ×{i.Nodes.Length}"))}");
        foreach (var incomplete in result.Incomplete)
        {
            output?.WriteLine($"To check by hand: {incomplete.Id}: {string.Join("; ", incomplete.Nodes.Select(n => $"{n.Target} ({n.Html[..Math.Min(n.Html.Length, 80)]})"))}");
        }

        foreach (var violation in result.Violations.Where(v => !IsBlocking(v)))
        {
            output?.WriteLine($"Not blocking: {Describe(violation)}");
        }

        var blocking = result.Violations.Where(IsBlocking).ToList();
        Assert.True(blocking.Count == 0,
            $"axe found {blocking.Count} serious or critical violation(s) on {Page.Url}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, blocking.Select(Describe)));
    }

    private static bool IsBlocking(AxeResultItem violation) => Blocking.Contains(violation.Impact);

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}, {violation.Nodes.Length} node(s)): {violation.Help}{Environment.NewLine}"
        + string.Join(Environment.NewLine, violation.Nodes.Select(n => $"    {n.Target} {n.Html}"));
}
