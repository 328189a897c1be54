using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Test only: SQL on a test's own database, for what the API must not do — wiping a read model to rebuild it, or dating
/// events back (PostgreSQL stamps them when appended) to have a past to ask about.
/// </summary>
internal static class TestSql
{
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Dates every event of one stream back to <paramref name="timestamp"/>.</summary>
    public static Task MoveStreamAsync(string connectionString, object streamId, string timestamp) =>
        ExecuteAsync(connectionString, $"update naringsliv_events.mt_events set timestamp = '{timestamp}' where stream_id = '{streamId}'");
}
