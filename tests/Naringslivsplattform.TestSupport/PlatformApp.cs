using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Naringslivsplattform.TestSupport;

/// <summary>
/// The real Host, composed as in production, on a database of a <see cref="PostgresServer"/>.
/// With <see cref="UseRealSocket"/> it listens on a free loopback port so a browser can reach it.
/// </summary>
public sealed class PlatformApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly string? _seedDirectory;
    private readonly bool _importSeedsOnStartup;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Further configuration, e.g. <c>["RateLimiting:ApiRequestsPerMinute"] = "5"</c>.</param>
    public PlatformApp(
        string connectionString,
        string? seedDirectory = null,
        bool importSeedsOnStartup = true,
        bool useRealSocket = false,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _connectionString = connectionString;
        _seedDirectory = seedDirectory;
        _importSeedsOnStartup = importSeedsOnStartup;
        UseRealSocket = useRealSocket;
        if (useRealSocket)
        {
            // Must happen in the constructor: a derived factory would otherwise lose the port (BROWSER-TESTS.md).
            UseKestrel(0);
        }
    }

    public bool UseRealSocket { get; }

    /// <summary>The repository's own seeds folder, as copied beside the test assembly.</summary>
    public static string RepositorySeeds => Path.Combine(AppContext.BaseDirectory, "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:EventStore", _connectionString);
        builder.UseSetting("Seed:ImportOnStartup", _importSeedsOnStartup ? "true" : "false");
        if (_seedDirectory is not null)
        {
            builder.UseSetting("Seed:Directory", _seedDirectory);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Wolverine", "Error");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
