using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.Access;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Callers of a running app: API keys and local accounts made through the product's own
/// <see cref="AccessProvisioning"/>, as an installer would, and clients that present them.
/// </summary>
internal static class Callers
{
    public const string Provisioner = "system:tests";

    /// <summary>Long enough for the password rule; every test account uses it.</summary>
    public const string Password = "ett långt lösenord för tester";

    public static async Task<string> IssueKeyAsync(this WebApplicationFactory<Program> app, string municipality, string scope = "read")
    {
        var (key, error) = await app.Services.GetRequiredService<AccessProvisioning>()
            .IssueApiKeyAsync(municipality, $"test-{Guid.NewGuid():N}", scope, Provisioner, TestContext.Current.CancellationToken);
        return key ?? throw new InvalidOperationException($"No key was issued: {error}");
    }

    /// <summary>The app's address: the in-memory server's, or the loopback port of a real socket.</summary>
    public static Uri Address(this WebApplicationFactory<Program> app) => app is PlatformApp { UseRealSocket: true }
        ? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
        : app.ClientOptions.BaseAddress;

    /// <summary>A client without cookies that does not follow redirects.</summary>
    public static HttpClient Anonymous(this WebApplicationFactory<Program> app) => app is PlatformApp { UseRealSocket: true }
        ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Address() }
        : app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A client sending <c>Authorization: ApiKey &lt;key&gt;</c> on every request.</summary>
    public static HttpClient WithApiKey(this WebApplicationFactory<Program> app, string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    public static async Task<HttpClient> ClientWithNewKeyAsync(this WebApplicationFactory<Program> app, string municipality, string scope = "read") =>
        app.WithApiKey(await app.IssueKeyAsync(municipality, scope));

    /// <returns>The new account's id.</returns>
    public static async Task<Guid> CreateAccountAsync(this WebApplicationFactory<Program> app, string municipality, string userName, params string[] roles)
    {
        var (id, error) = await app.Services.GetRequiredService<AccessProvisioning>().CreateLocalAccountAsync(
            municipality, userName, $"Test {userName}", Password, roles, Provisioner, TestContext.Current.CancellationToken);
        return id ?? throw new InvalidOperationException($"No account was created: {error}");
    }

    /// <summary>A new local account with the given roles, signed in over HTTP.</summary>
    public static async Task<BrowserSession> SignedInAsync(this WebApplicationFactory<Program> app, string municipality, params string[] roles)
    {
        var userName = $"u{Guid.NewGuid():N}"[..20];
        await app.CreateAccountAsync(municipality, userName, roles);
        var session = new BrowserSession(app);
        var response = await session.SignInAsync(userName, Password);
        if (response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"Signing in {userName} ended at {response.StatusCode} {response.Headers.Location}.");
        }

        return session;
    }
}
