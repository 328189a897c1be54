using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Naringslivsplattform.TestSupport.Tests;

public sealed class PostgresServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creating_two_databases_gives_two_distinct_connection_strings_that_both_answer_select_1()
    {
        await using var server = await PostgresServer.StartAsync(Ct);

        var first = await server.CreateDatabaseAsync("första Ärendet", Ct);
        var second = await server.CreateDatabaseAsync(ct: Ct);

        Assert.NotEqual(first, second);
        Assert.NotEqual(DatabaseName(first), DatabaseName(second));
        Assert.Equal(1, await SelectOneAsync(first));
        Assert.Equal(1, await SelectOneAsync(second));
    }

    [Fact]
    public async Task Given_a_local_server_When_it_is_disposed_Then_its_data_folder_is_gone_and_its_port_refuses_connections()
    {
        Assert.SkipWhen(
            Environment.GetEnvironmentVariable(PostgresServer.ExternalServerVariable) is { Length: > 0 },
            $"{PostgresServer.ExternalServerVariable} is set, so no local cluster is started.");
        var server = await PostgresServer.StartAsync(Ct);
        var cluster = server.Cluster!;
        Assert.Equal(1, await SelectOneAsync(await server.CreateDatabaseAsync(ct: Ct)));
        Assert.True(Directory.Exists(cluster.Folder));

        await server.DisposeAsync();

        Assert.False(Directory.Exists(cluster.Folder));
        using var client = new TcpClient();
        var refused = await Assert.ThrowsAsync<SocketException>(
            () => client.ConnectAsync(IPAddress.Loopback, cluster.Port, Ct).AsTask());
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task Given_an_external_server_When_it_is_disposed_Then_only_the_databases_it_created_are_dropped()
    {
        await using var host = await PostgresServer.StartAsync(Ct);
        var kept = await host.CreateDatabaseAsync("kept", Ct);
        var external = PostgresServer.UseExisting(kept);
        var dropped = DatabaseName(await external.CreateDatabaseAsync("dropped", Ct));
        Assert.True(await DatabaseExistsAsync(kept, dropped));

        await external.DisposeAsync();

        Assert.False(await DatabaseExistsAsync(kept, dropped));
        Assert.True(await DatabaseExistsAsync(kept, DatabaseName(kept)));
    }

    private static string DatabaseName(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static async Task<int> SelectOneAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("select 1");
        return (int)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task<bool> DatabaseExistsAsync(string connectionString, string name)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("select count(*) from pg_database where datname = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return (long)(await command.ExecuteScalarAsync(Ct))! == 1;
    }
}
