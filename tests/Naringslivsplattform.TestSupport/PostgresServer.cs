using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;

namespace Naringslivsplattform.TestSupport;

/// <summary>
/// A PostgreSQL server for tests that hands out fresh, uniquely named databases.
/// By default it is a throwaway local cluster (its own data folder under /tmp and its own free
/// loopback port), so several test assemblies can run at the same time. When the environment
/// variable <c>NARINGSLIV_TEST_POSTGRES</c> holds a connection string, that server is used instead
/// and only the databases created here are dropped again.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    public const string ExternalServerVariable = "NARINGSLIV_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly ConcurrentQueue<string> _createdDatabases = new();

    private PostgresServer(string serverConnectionString, LocalCluster? cluster)
    {
        _serverConnectionString = serverConnectionString;
        Cluster = cluster;
    }

    /// <summary>The local cluster, or null when an external server is used.</summary>
    internal LocalCluster? Cluster { get; }

    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return UseExisting(external);
        }

        var cluster = await LocalCluster.StartAsync(ct);
        return new PostgresServer(cluster.ConnectionString, cluster);
    }

    internal static PostgresServer UseExisting(string serverConnectionString) => new(serverConnectionString, null);

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? namePrefix = null, CancellationToken ct = default)
    {
        var name = UniqueDatabaseName(namePrefix);
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", ct);
        _createdDatabases.Enqueue(name);
        return new NpgsqlConnectionStringBuilder(_serverConnectionString)
        {
            Database = name,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
            return;
        }

        while (_createdDatabases.TryDequeue(out var name))
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string UniqueDatabaseName(string? namePrefix)
    {
        var prefix = NotAllowedInName().Replace((namePrefix ?? "test").ToLowerInvariant(), "_");
        prefix = prefix.Length == 0 ? "test" : prefix[..Math.Min(prefix.Length, 30)];
        return $"{prefix}_{Guid.NewGuid():N}";
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotAllowedInName();
}
