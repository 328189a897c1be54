using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Signing in and out with a local account over HTTP, as the sign-in page's form does it.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class SignInTests(SecurityApp app)
{
    private const string InvalidCredentials = "/logga-in?fel=ogiltigt&returnUrl=%2F";
    private const string LockedOut = "/logga-in?fel=last&returnUrl=%2F";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_right_password_sets_the_auth_cookie_returns_to_the_page_asked_for_and_opens_the_api()
    {
        var (userName, accountId) = await NewAccountAsync();
        var browser = new BrowserSession(app.App);

        var response = await browser.SignInAsync(userName, Callers.Password, returnUrl: "/processplan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/processplan", response.Headers.Location?.OriginalString);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(BrowserSession.AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/plans", Ct)).StatusCode);
        Assert.Equal(["local_account_created", "sign_in_succeeded"], await EventTypesAsync(accountId));
    }

    [Theory]
    [InlineData("https://annan-webbplats.example/")]
    [InlineData("//annan-webbplats.example/")]
    [InlineData("/\\annan-webbplats.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_outside_the_app_is_replaced_by_the_start_page(string returnUrl)
    {
        var (userName, _) = await NewAccountAsync();

        var response = await new BrowserSession(app.App).SignInAsync(userName, Callers.Password, returnUrl);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_sends_the_user_back_to_the_sign_in_page_and_records_SignInFailed()
    {
        var (userName, accountId) = await NewAccountAsync();
        var browser = new BrowserSession(app.App);

        var response = await browser.SignInAsync(userName, "fel lösenord, helt fel");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InvalidCredentials, response.Headers.Location?.OriginalString);
        Assert.Null(browser.AuthenticationCookie);
        Assert.Equal(["local_account_created", "sign_in_failed"], await EventTypesAsync(accountId));
        Assert.Equal(1, (int)JsonNode.Parse((await EventsAsync(accountId))[^1].Data)!["consecutiveFailures"]!);
    }

    [Fact]
    public async Task Five_wrong_passwords_in_a_row_lock_the_account_so_that_even_the_right_password_is_refused()
    {
        var (userName, accountId) = await NewAccountAsync();
        var browser = new BrowserSession(app.App);

        var attempts = new List<string?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            attempts.Add((await browser.SignInAsync(userName, $"fel lösenord nummer {attempt}")).Headers.Location?.OriginalString);
        }

        var eventsWhenLocked = await EventTypesAsync(accountId);
        var rightPassword = await browser.SignInAsync(userName, Callers.Password);

        Assert.Equal([.. Enumerable.Repeat(InvalidCredentials, 4), LockedOut], attempts);
        Assert.Equal(["local_account_created", .. Enumerable.Repeat("sign_in_failed", 5), "local_account_locked_out"], eventsWhenLocked);
        Assert.Equal(LockedOut, rightPassword.Headers.Location?.OriginalString);
        Assert.Null(browser.AuthenticationCookie);
        Assert.Equal(eventsWhenLocked, await EventTypesAsync(accountId));
    }

    [Fact]
    public async Task An_unknown_user_is_answered_like_a_wrong_password_and_nothing_is_recorded()
    {
        var before = (await EventRows.ReadAllAsync(app.ConnectionString)).Count;

        var response = await new BrowserSession(app.App).SignInAsync("finns.inte", Callers.Password);

        Assert.Equal(InvalidCredentials, response.Headers.Location?.OriginalString);
        Assert.Equal(before, (await EventRows.ReadAllAsync(app.ConnectionString)).Count);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused_and_records_nothing()
    {
        var (userName, accountId) = await NewAccountAsync();
        var client = app.App.Anonymous();

        var response = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = Callers.Password, ["ReturnUrl"] = "/" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(BrowserSession.AuthCookie, StringComparison.Ordinal));
        Assert.Equal(["local_account_created"], await EventTypesAsync(accountId));
    }

    [Fact]
    public async Task A_tampered_auth_cookie_is_refused_by_the_api_with_401()
    {
        var browser = await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Administrator);
        var genuine = browser.AuthenticationCookie!.Value;
        var middle = genuine.Length / 2;
        var tampered = genuine[..middle] + (genuine[middle] == 'A' ? 'B' : 'A') + genuine[(middle + 1)..];
        var forger = new BrowserSession(app.App);
        forger.Cookies.Add(forger.BaseAddress, new Cookie(BrowserSession.AuthCookie, tampered, "/"));

        var response = await forger.Http.GetAsync("/api/v1/api-keys", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.unauthenticated", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/api-keys", Ct)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_clears_the_auth_cookie_and_the_api_then_answers_401()
    {
        var browser = await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Reader);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/plans", Ct)).StatusCode);

        var response = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/logga-in", response.Headers.Location?.OriginalString);
        var cleared = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(BrowserSession.AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
        Assert.Null(browser.AuthenticationCookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task Locking_an_account_ends_its_open_session_at_once()
    {
        var signedIn = await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Reader);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.Http.GetAsync("/api/v1/plans", Ct)).StatusCode);
        var attacker = new BrowserSession(app.App);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await attacker.SignInAsync(signedIn.UserName!, "fel-losenord-123");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.Http.GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_and_keeps_the_session()
    {
        var browser = await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Reader);

        var response = await browser.Http.PostAsync("/konto/logga-ut", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(browser.AuthenticationCookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_page_asks_an_anonymous_visitor_to_sign_in_and_comes_back_afterwards()
    {
        var response = await new BrowserSession(app.App).Http.GetAsync("/processplan", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/logga-in", response.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fprocessplan", response.Headers.Location?.Query, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(string UserName, Guid AccountId)> NewAccountAsync()
    {
        var userName = $"inloggning.{Guid.NewGuid():N}"[..30];
        return (userName, await app.App.CreateAccountAsync(SecurityApp.Vilhelmina, userName, PlatformRoles.Reader));
    }

    private async Task<IReadOnlyList<EventRows.Row>> EventsAsync(Guid accountId) =>
        [.. (await EventRows.ReadAllAsync(app.ConnectionString)).Where(e => e.StreamId == accountId)];

    private async Task<IReadOnlyList<string>> EventTypesAsync(Guid accountId) => [.. (await EventsAsync(accountId)).Select(e => e.Type)];
}
