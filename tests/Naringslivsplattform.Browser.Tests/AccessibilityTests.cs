using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// axe-core scans of whole pages once the circuit is up and the content has loaded.
/// Serious and critical violations fail the test; moderate and minor ones are only reported.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task The_plan_page_has_no_serious_or_critical_accessibility_violations()
    {
        await GotoInteractiveAsync("/processplan");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "1.3 Företagsbesök inom alla branscher" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);

        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    [Fact]
    public async Task The_home_page_has_no_serious_or_critical_accessibility_violations()
    {
        await GotoInteractiveAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Öppna Processplan" })).ToBeVisibleAsync();

        await AssertNoSeriousOrCriticalViolationsAsync();
    }

    private async Task AssertNoSeriousOrCriticalViolationsAsync()
    {
        var result = await Page.RunAxe();
        Assert.NotEmpty(result.Passes); // a scan that checked nothing proves nothing
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"axe {result.TestEngine.Version} on {Page.Url}: {result.Violations.Length} violation(s), "
            + $"{result.Incomplete.Length} rule(s) to check by hand: {string.Join(", ", result.Incomplete.Select(i => $"{i.Id} ×{i.Nodes.Length}"))}");
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
