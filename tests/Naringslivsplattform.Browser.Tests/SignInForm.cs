using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>Drives the sign-in page (/logga-in) the way a person does: fill in, click, wait for the answer.</summary>
public static partial class SignInForm
{
    /// <summary>Signs in with the sign-in form and waits until the app has let the user in.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await SubmitAsync(page, userName, password);
        if (SignInOrDenied().IsMatch(new Uri(page.Url).AbsolutePath))
        {
            var alert = page.GetByRole(AriaRole.Alert);
            var reason = await alert.CountAsync() > 0 ? await alert.InnerTextAsync() : page.Url;
            throw new InvalidOperationException($"Signing in as {userName} failed: {reason}");
        }
    }

    public static Task SignInAsync(IPage page, TestUser user) => SignInAsync(page, user.UserName, user.Password);

    /// <summary>
    /// Fills and submits the sign-in form, opening /logga-in first unless the page is already there
    /// (for example after being sent there with a return address), and waits for the page the post leads to.
    /// </summary>
    public static async Task SubmitAsync(IPage page, string userName, string password)
    {
        if (new Uri(page.Url).AbsolutePath != "/logga-in")
        {
            await page.GotoAsync("/logga-in");
        }

        await page.GetByLabel("Användarnamn", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(password);
        await ClickAndWaitForNewDocumentAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }));
    }

    /// <summary>
    /// Clicks and waits until the browser shows the document the click led to. A failed sign-in leads
    /// back to the very same address, so waiting for a URL would return before the post is answered.
    /// </summary>
    public static async Task ClickAndWaitForNewDocumentAsync(IPage page, ILocator target)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                committed.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await target.ClickAsync();
            await committed.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserFixture.InteractiveTimeout), TestContext.Current.CancellationToken);
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex("^/(logga-in|atkomst-nekad)$")]
    private static partial Regex SignInOrDenied();
}
