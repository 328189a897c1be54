using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// What a browser does with the sign-in form: keeps cookies, does not follow redirects (so tests see
/// them), and posts forms with the antiforgery token the app handed out.
/// </summary>
internal sealed partial class BrowserSession(WebApplicationFactory<Program> app)
{
    public const string AuthCookie = "nlp.auth";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public CookieContainer Cookies { get; } = new();

    private HttpClient? _client;

    /// <summary>Who signed in last in this session.</summary>
    public string? UserName { get; private set; }

    /// <summary>The client that carries this session's cookies.</summary>
    public HttpClient Http => _client ??= app is PlatformApp { UseRealSocket: true }
        ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies }) { BaseAddress = BaseAddress }
        : app.CreateDefaultClient(BaseAddress, new CookieContainerHandler(Cookies));

    public Uri BaseAddress => app.Address();

    public Cookie? AuthenticationCookie => Cookies.GetCookies(BaseAddress)[AuthCookie];

    /// <summary>Posts the sign-in form, as the sign-in page's form does.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string returnUrl = "/")
    {
        var response = await PostFormAsync("/konto/logga-in", new() { ["UserName"] = userName, ["Password"] = password, ["ReturnUrl"] = returnUrl });
        UserName = AuthenticationCookie is null ? UserName : userName;
        return response;
    }

    public async Task<HttpResponseMessage> SignOutAsync() => await PostFormAsync("/konto/logga-ut", []);

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        var (fieldName, token) = await AntiforgeryTokenAsync();
        fields[fieldName] = token;
        return await Http.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
    }

    /// <summary>
    /// The hidden antiforgery field of the sign-in page, with the cookie that page sets. Should that page
    /// not render, the app's own <see cref="IAntiforgery"/> issues the pair for this session's user instead,
    /// exactly as the page's <c>&lt;AntiforgeryToken /&gt;</c> would.
    /// </summary>
    private async Task<(string FieldName, string Token)> AntiforgeryTokenAsync()
    {
        var page = await Http.GetAsync("/logga-in", Ct);
        if (page.StatusCode == HttpStatusCode.OK && HiddenToken().Match(await page.Content.ReadAsStringAsync(Ct)) is { Success: true } hidden)
        {
            return (hidden.Groups["name"].Value, WebUtility.HtmlDecode(hidden.Groups["value"].Value));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Headers.Cookie = Cookies.GetCookieHeader(BaseAddress);
        http.User = (await http.AuthenticateAsync()).Principal ?? http.User;
        var tokens = scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetTokens(http);
        var cookieName = scope.ServiceProvider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        if (tokens.CookieToken is { } cookieToken)
        {
            Cookies.Add(BaseAddress, new Cookie(cookieName, cookieToken, "/"));
        }

        return (tokens.FormFieldName, tokens.RequestToken!);
    }

    [GeneratedRegex("<input[^>]*name=\"(?<name>__RequestVerificationToken)\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex HiddenToken();
}
