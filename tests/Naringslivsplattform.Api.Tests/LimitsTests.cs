using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// A Host with low rate limits, on a real loopback socket: the in-memory test server does not apply
/// Kestrel's request body limit.
/// </summary>
public sealed class LimitedApp(DatabaseFixture database) : IAsyncLifetime
{
    public const string Vilhelmina = "2462";
    public const int ApiRequestsPerMinute = 3;
    public const int SignInAttemptsPerMinute = 3;

    public PlatformApp App { get; private set; } = null!;

    /// <summary>Signed in before any test, so a test that spends the sign-in limit cannot lock it out.</summary>
    internal BrowserSession Administrator { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new PlatformApp(
            await database.Server.CreateDatabaseAsync("limits"),
            importSeedsOnStartup: false,
            useRealSocket: true,
            settings: new Dictionary<string, string>
            {
                ["RateLimiting:ApiRequestsPerMinute"] = $"{ApiRequestsPerMinute}",
                ["RateLimiting:SignInAttemptsPerMinute"] = $"{SignInAttemptsPerMinute}",
            });
        App.StartServer();
        Administrator = await App.SignedInAsync(Vilhelmina, PlatformRoles.Administrator);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class LimitsTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413_problem_details_in_swedish()
    {
        var oversized = JsonContent.Create(new { name = new string('x', 1_048_576), scope = "read" });

        var response = await app.Administrator.Http.PostAsync("/api/v1/api-keys", oversized, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("request.too-large", (string?)problem!["code"]);
        Assert.Equal("Begäran är för stor.", (string?)problem["title"]);
    }

    [Fact]
    public async Task Over_the_api_limit_a_caller_gets_429_problem_details_in_swedish_while_others_are_still_served()
    {
        var busy = await app.App.ClientWithNewKeyAsync(LimitedApp.Vilhelmina);
        var other = await app.App.ClientWithNewKeyAsync(LimitedApp.Vilhelmina);

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < LimitedApp.ApiRequestsPerMinute; request++)
        {
            statuses.Add((await busy.GetAsync("/api/v1/plans", Ct)).StatusCode);
        }

        var refused = await busy.GetAsync("/api/v1/plans", Ct);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("request.rate-limited", (string?)problem!["code"]);
        Assert.Equal("För många anrop. Vänta en stund och försök igen.", (string?)problem["title"]);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task Over_the_sign_in_limit_a_client_address_gets_429_whatever_the_password()
    {
        var browser = new BrowserSession(app.App);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= LimitedApp.SignInAttemptsPerMinute && statuses.LastOrDefault() != HttpStatusCode.TooManyRequests; attempt++)
        {
            statuses.Add((await browser.SignInAsync("ingen.sadan", $"gissning nummer {attempt}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.Redirect, status));
    }
}
