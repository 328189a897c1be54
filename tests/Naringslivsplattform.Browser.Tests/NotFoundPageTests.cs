using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

public sealed class NotFoundPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_unknown_page_says_so_in_swedish()
    {
        await UseSessionOfAsync(Fixture.Planner);

        var response = await Page.GotoAsync("/finns-inte");

        Assert.Equal(404, response?.Status);
        var heading = Page.GetByRole(AriaRole.Heading, new() { Name = "Sidan finns inte", Level = 1 });
        await Expect(heading).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Till översikten" })).ToBeVisibleAsync();
    }
}
