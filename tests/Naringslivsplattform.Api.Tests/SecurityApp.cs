using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// One Host with Vilhelmina's seed for the security tests that only add accounts and keys of their
/// own and so cannot disturb each other.
/// </summary>
public sealed class SecurityApp(DatabaseFixture database) : IAsyncLifetime
{
    public const string Vilhelmina = "2462";

    public PlatformApp App { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await database.Server.CreateDatabaseAsync("security");
        // Every sign-in here comes from the same test client address.
        App = new PlatformApp(ConnectionString, settings: new Dictionary<string, string> { ["RateLimiting:SignInAttemptsPerMinute"] = "1000" });
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedSecurityApp : ICollectionFixture<SecurityApp>
{
    public const string Name = "security";
}
