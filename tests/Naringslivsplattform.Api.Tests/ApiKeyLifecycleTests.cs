using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Naringslivsplattform.BuildingBlocks.Security;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>A Host of its own for the key tests, which count every event, with all of its logs captured.</summary>
public sealed class ApiKeyApp(DatabaseFixture database) : IAsyncLifetime
{
    public const string Vilhelmina = "2462";
    public const string Dorotea = "2425";

    private PlatformApp _platform = null!;

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public string ConnectionString { get; private set; } = "";

    internal BrowserSession Administrator { get; private set; } = null!;

    internal BrowserSession DoroteaAdministrator { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await database.Server.CreateDatabaseAsync("api_keys");
        _platform = new PlatformApp(ConnectionString, settings: new Dictionary<string, string> { ["RateLimiting:SignInAttemptsPerMinute"] = "1000" });
        App = _platform.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging
            .AddProvider(Logs)
            .AddFilter<CapturedLogs>(null, LogLevel.Trace)));
        Administrator = await App.SignedInAsync(Vilhelmina, PlatformRoles.Administrator);
        DoroteaAdministrator = await App.SignedInAsync(Dorotea, PlatformRoles.Administrator);
    }

    public async ValueTask DisposeAsync() => await _platform.DisposeAsync();
}

public sealed class ApiKeyLifecycleTests(ApiKeyApp app) : IClassFixture<ApiKeyApp>
{
    private const string Keys = "/api/v1/api-keys";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_issues_a_key_that_is_shown_once_and_never_again()
    {
        var response = await app.Administrator.Http.PostAsJsonAsync(Keys, new { name = "Intranätet", scope = "read" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var key = (string)issued["key"]!;
        Assert.Matches("^nlp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(($"{Keys}/{issued["id"]}", "Intranätet", "read"), (response.Headers.Location?.OriginalString, (string?)issued["name"], (string?)issued["scope"]));

        var listing = await ListingTextAsync();
        var listed = Listed(listing, (string)issued["id"]!);
        Assert.Equal((app.Administrator.UserName, "read"), ((string?)listed["issuedBy"], (string?)listed["scope"]));
        Assert.False(listed.ContainsKey("key"));
        Assert.DoesNotContain(Secret(key), listing, StringComparison.Ordinal);
        Assert.DoesNotContain(await EventRows.ReadAllAsync(app.ConnectionString), e => e.Data.Contains(Secret(key), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_reads_its_municipalitys_plans_with_either_header_and_its_last_use_appears_in_the_listing()
    {
        var (id, key) = await IssueAsync("read");
        var unusedAt = Listed(await ListingTextAsync(), id)["lastUsedAt"];

        var byAuthorization = await app.App.WithApiKey(key).GetAsync("/api/v1/plans", Ct);
        var byHeader = app.App.Anonymous();
        byHeader.DefaultRequestHeaders.Add("X-Api-Key", key);
        var plans = await byHeader.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct);

        Assert.Null(unusedAt);
        Assert.Equal(HttpStatusCode.OK, byAuthorization.StatusCode);
        Assert.Equal(ApiKeyApp.Vilhelmina, (string?)Assert.Single(plans!)!["municipalityCode"]);
        var lastUsed = (DateTimeOffset)Listed(await ListingTextAsync(), id)["lastUsedAt"]!;
        Assert.InRange(lastUsed, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(5));
    }

    [Theory]
    [InlineData("read")]
    [InlineData("read-write")]
    public async Task No_key_can_issue_list_or_revoke_keys(string scope)
    {
        var (id, key) = await IssueAsync(scope);
        var client = app.App.WithApiKey(key);
        var before = await EventCountAsync();

        var issue = await client.PostAsJsonAsync(Keys, new { name = $"egen-{Guid.NewGuid():N}", scope = "read-write" }, Ct);
        var list = await client.GetAsync(Keys, Ct);
        var revoke = await client.DeleteAsync($"{Keys}/{id}", Ct);

        Assert.All([issue, list, revoke], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal("auth.forbidden", (string?)(await issue.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_with_401_from_then_on_and_revoking_it_again_changes_nothing()
    {
        var (id, key) = await IssueAsync("read-write");
        var client = app.App.WithApiKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans", Ct)).StatusCode);

        var revoked = await app.Administrator.Http.DeleteAsync($"{Keys}/{id}", Ct);
        var afterRevoke = await EventCountAsync();
        var again = await app.Administrator.Http.DeleteAsync($"{Keys}/{id}", Ct);
        var refused = await client.GetAsync("/api/v1/plans", Ct);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (revoked.StatusCode, again.StatusCode));
        Assert.Equal(afterRevoke, await EventCountAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("auth.unauthenticated", (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
        var listed = Listed(await ListingTextAsync(), id);
        Assert.Equal(app.Administrator.UserName, (string?)listed["revokedBy"]);
        Assert.NotNull(listed["revokedAt"]);
    }

    [Fact]
    public async Task Malformed_unknown_and_wrong_secret_keys_are_401_problem_details_and_change_nothing()
    {
        var (id, key) = await IssueAsync("read");
        var secret = Secret(key);
        var wrongSecret = key[..^secret.Length] + (secret[0] == 'A' ? 'B' : 'A') + secret[1..];
        var unknown = $"nlp_{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..6])}_{secret}";
        var before = await EventCountAsync();

        var wrong = new List<string>();
        foreach (var presented in (string[])["nlp_kort_nyckel", "nlp", key + "x", key.Replace("nlp_", "xyz_", StringComparison.Ordinal), unknown, wrongSecret])
        {
            foreach (var client in ClientsPresenting(presented))
            {
                var response = await client.GetAsync("/api/v1/plans", Ct);
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    ? await response.Content.ReadFromJsonAsync<JsonObject>(Ct)
                    : null;
                if (response.StatusCode != HttpStatusCode.Unauthorized || (string?)problem?["code"] != "auth.unauthenticated"
                    || (string?)problem["title"] != "Du behöver logga in eller ange en giltig API-nyckel.")
                {
                    wrong.Add($"{presented}: {(int)response.StatusCode} {problem?.ToJsonString()}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(before, await EventCountAsync());
        Assert.Null(Listed(await ListingTextAsync(), id)["lastUsedAt"]);
    }

    [Fact]
    public async Task Another_municipalitys_administrator_neither_sees_nor_revokes_the_key()
    {
        var (id, key) = await IssueAsync("read");

        var listing = await app.DoroteaAdministrator.Http.GetStringAsync(Keys, Ct);
        var revoke = await app.DoroteaAdministrator.Http.DeleteAsync($"{Keys}/{id}", Ct);

        Assert.DoesNotContain(id, listing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.App.WithApiKey(key).GetAsync("/api/v1/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task No_key_or_secret_ever_reaches_the_logs()
    {
        var (id, key) = await IssueAsync("read-write");
        var secret = Secret(key);
        foreach (var client in ClientsPresenting(key).Concat(ClientsPresenting(key[..^1] + "A")).Concat(ClientsPresenting(key + "x")))
        {
            await client.GetAsync("/api/v1/plans", Ct);
        }

        await app.Administrator.Http.DeleteAsync($"{Keys}/{id}", Ct);
        await app.App.WithApiKey(key).GetAsync("/api/v1/plans", Ct);

        var logs = app.Logs.Entries.ToList();
        Assert.Contains(logs, entry => entry.StartsWith("Debug ", StringComparison.Ordinal));
        Assert.Contains(logs, entry => entry.Contains("API key rejected", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, entry => entry.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, entry => entry.Contains(secret[..20], StringComparison.Ordinal));
    }

    private async Task<(string Id, string Key)> IssueAsync(string scope)
    {
        var response = await app.Administrator.Http.PostAsJsonAsync(Keys, new { name = $"nyckel-{Guid.NewGuid():N}", scope }, Ct);
        var issued = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        return ((string)issued["id"]!, (string)issued["key"]!);
    }

    private IEnumerable<HttpClient> ClientsPresenting(string key)
    {
        yield return app.App.WithApiKey(key);
        var byHeader = app.App.Anonymous();
        byHeader.DefaultRequestHeaders.Add("X-Api-Key", key);
        yield return byHeader;
    }

    private async Task<string> ListingTextAsync() => await app.Administrator.Http.GetStringAsync(Keys, Ct);

    private static JsonObject Listed(string listing, string id) =>
        JsonNode.Parse(listing)!.AsArray().Single(k => (string?)k!["id"] == id)!.AsObject();

    private static string Secret(string key) => key[17..];

    private async Task<int> EventCountAsync() => (await EventRows.ReadAllAsync(app.ConnectionString)).Count;
}
