using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Reads the event table directly, so tests see exactly what was appended, with its metadata.</summary>
internal static class EventRows
{
    public sealed record Row(long Sequence, Guid StreamId, string Type, string Data, string? UserName, string? CorrelationId, string TenantId);

    public static async Task<IReadOnlyList<Row>> ReadAllAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("select to_regclass('naringsliv_events.mt_events') is not null", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            "select seq_id, stream_id, type, data::text, user_name, correlation_id, tenant_id from naringsliv_events.mt_events order by seq_id",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
        }

        return rows;
    }
}
