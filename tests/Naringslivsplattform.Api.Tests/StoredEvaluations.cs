using System.Text.Json.Nodes;
using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The evaluation documents the daemon keeps, read from their table for Vilhelmina.</summary>
internal static class StoredEvaluations
{
    /// <summary>A plan-year's stored document: it follows the events a moment later, so this waits for it, with a bound.</summary>
    public static async Task<JsonObject> WaitForAsync(string connectionString, string planId, int year, Func<JsonObject, bool> expected)
    {
        var ct = TestContext.Current.CancellationToken;
        JsonObject? stored = null;
        for (var attempt = 0; attempt < 300 && (stored is null || !expected(stored)); attempt++)
        {
            await Task.Delay(100, ct);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("select data from naringsliv.mt_doc_annualevaluation where id = @id and tenant_id = '2462'", connection);
            command.Parameters.AddWithValue("id", $"{Guid.Parse(planId):N}-{year}");
            stored = await command.ExecuteScalarAsync(ct) is string json ? JsonNode.Parse(json)!.AsObject() : null;
        }

        Assert.True(stored is not null && expected(stored), $"The stored evaluation of {year} never became as expected: {stored?.ToJsonString()}");
        return stored!;
    }
}
