using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Naringslivsplattform.Browser.Tests;

public sealed partial class SigningInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string InvalidCredentials = "Fel användarnamn eller lösenord.";
    private const string LockedOut = "Kontot är låst efter för många misslyckade försök. Försök igen om 15 minuter.";

    [Fact]
    public async Task Signing_in_shows_the_users_name_and_signing_out_returns_to_the_sign_in_page()
    {
        await Page.GotoAsync("/logga-in");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Logga in", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("Logga in");
        await SaveScreenshotAsync("logga-in");

        await SignInAsync(Fixture.Planner);

        await Expect(Page).ToHaveURLAsync(EndsWithSlash());
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByTestId("signed-in-user")).ToHaveTextAsync($"Inloggad som {Fixture.Planner.DisplayName}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(SignInPage());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Logga in", Level = 1 })).ToBeVisibleAsync();
        await Page.GotoAsync("/processplan");
        await Expect(Page).ToHaveURLAsync(SignInPage()); // the cookie is gone
    }

    [Fact]
    public async Task A_wrong_password_shows_a_swedish_error_and_five_in_a_row_lock_the_account()
    {
        var user = Fixture.LockedOutUser;

        // An unknown user name gets the same answer, so the form does not tell which names exist.
        await SignInForm.SubmitAsync(Page, "finns.inte", user.Password);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(InvalidCredentials);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await SignInForm.SubmitAsync(Page, user.UserName, "fel-losenord-" + attempt);
            await Expect(Page).ToHaveURLAsync(SignInPage());
            await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(InvalidCredentials);
        }

        await SignInForm.SubmitAsync(Page, user.UserName, "fel-losenord-5");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(LockedOut);

        await SignInForm.SubmitAsync(Page, user.UserName, user.Password);
        await Expect(Page).ToHaveURLAsync(SignInPage());
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(LockedOut);
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(SignInPage());
    }

    [Fact]
    public async Task An_unauthenticated_visit_to_the_plan_page_goes_to_sign_in_and_back_after_signing_in()
    {
        await Page.GotoAsync("/processplan");

        await Expect(Page).ToHaveURLAsync(SignInPage());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Logga in", Level = 1 })).ToBeVisibleAsync();

        // A wrong password first: the way back must survive the failed attempt.
        await SignInForm.SubmitAsync(Page, Fixture.Planner.UserName, "inte-rätt-lösenord");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(InvalidCredentials);
        await SignInForm.SubmitAsync(Page, Fixture.Planner.UserName, Fixture.Planner.Password);

        await Expect(Page).ToHaveURLAsync(EndsWithProcessPlan());
        await BrowserFixture.WaitForInteractiveAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "1.3 Företagsbesök inom alla branscher", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_planner_does_not_see_the_admin_pages_and_is_refused_them()
    {
        await UseSessionOfAsync(Fixture.Planner);
        await GotoInteractiveAsync("/");

        var navigation = Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Processplan" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Användare" })).ToHaveCountAsync(0);
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "API-nycklar" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Öppna Användare" })).ToHaveCountAsync(0);

        // Within the running app, the router refuses the page itself.
        await Page.EvaluateAsync("() => Blazor.navigateTo('/admin/anvandare')");
        await Expect(Page.GetByText("Du har inte behörighet till den här sidan.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Användare", Level = 1 })).ToHaveCountAsync(0);

        foreach (var adminPage in new[] { "/admin/anvandare", "/admin/api-nycklar" })
        {
            await Page.GotoAsync(adminPage);
            await Expect(Page).ToHaveURLAsync(AccessDeniedPage());
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Åtkomst nekad", Level = 1 })).ToBeVisibleAsync();
            await Expect(Page.GetByText("Du har inte behörighet till sidan.")).ToBeVisibleAsync();
        }

        await SaveScreenshotAsync("atkomst-nekad");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Till översikten" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(EndsWithSlash());
    }

    [Fact]
    public async Task With_openid_connect_configured_the_sign_in_page_also_offers_the_organisations_account()
    {
        // Without it (the shared app), neither the button nor the endpoint behind it exists.
        await Page.GotoAsync("/logga-in");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Logga in med organisationens konto" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await Page.GotoAsync("/konto/logga-in-extern"))?.Status);

        await using var app = await Fixture.StartAnotherAppAsync(new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.se/kommunen/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "naringslivsplattform",
        });
        await Page.GotoAsync($"{BrowserFixture.AddressOf(app)}/logga-in?ReturnUrl=%2Fprocessplan");

        var external = Page.GetByRole(AriaRole.Link, new() { Name = "Logga in med organisationens konto" });
        await Expect(external).ToHaveAttributeAsync("href", "konto/logga-in-extern?returnUrl=%2Fprocessplan");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Eller logga in med ett lokalt konto", Level = 2 })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Användarnamn", new() { Exact = true })).ToBeVisibleAsync();
        await SaveScreenshotAsync("logga-in-oidc");
    }

    [GeneratedRegex(@"/logga-in(\?.*)?$")]
    private static partial Regex SignInPage();

    [GeneratedRegex(@"/atkomst-nekad(\?.*)?$")]
    private static partial Regex AccessDeniedPage();

    [GeneratedRegex("/processplan$")]
    private static partial Regex EndsWithProcessPlan();

    [GeneratedRegex(@"^https?://[^/]+/$")]
    private static partial Regex EndsWithSlash();
}
