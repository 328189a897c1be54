using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>The seed import on start, through the real Host and a fresh database per test.</summary>
public sealed class SeedImportTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Starting_twice_on_the_same_database_imports_nothing_the_second_time_nor_without_the_plans_snapshot()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("twice", Ct);

        await StartAndStopAsync(connectionString);
        var afterFirst = await EventRows.ReadAllAsync(connectionString);
        await StartAndStopAsync(connectionString);
        var afterSecond = await EventRows.ReadAllAsync(connectionString);
        await TestSql.ExecuteAsync(connectionString, "delete from naringsliv.mt_doc_processplan");
        await StartAndStopAsync(connectionString);
        var withoutSnapshot = await EventRows.ReadAllAsync(connectionString);

        Assert.Equal(31, afterFirst.Count(e => !e.Type.StartsWith("questionnaire_", StringComparison.Ordinal) && !e.Type.StartsWith("micro_cluster_", StringComparison.Ordinal)));
        Assert.Equal(1, afterFirst.Count(e => e.Type == "questionnaire_created"));
        Assert.Equal(4, afterFirst.Count(e => e.Type == "micro_cluster_created"));
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(afterFirst, withoutSnapshot);
    }

    [Fact]
    public async Task A_changed_seed_becomes_new_events_and_leaves_the_old_ones_as_they_were()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("changed", Ct);
        var seeds = SeedFolders.CopyOfRepositorySeeds();
        await StartAndStopAsync(connectionString, seeds);
        var before = await EventRows.ReadAllAsync(connectionString);

        SeedFolders.Alter(seeds, SeedFolders.VilhelminaPlanFile, plan =>
        {
            plan["measures"]![6]!["text"] = "Arrangera två lokala näringslivsforum per år";
            plan["activities"]![0]!["targets"]![0]!["minimumPerYear"] = 5;
        });
        await using var app = new PlatformApp(connectionString, seeds);
        _ = app.Services;
        var after = await EventRows.ReadAllAsync(connectionString);
        var client = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode);
        var plan = await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct);
        var detail = await client.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{plan![0]!["id"]}", Ct);

        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal(["measure_reworded", "target_set", "plan_seed_imported"], after.Skip(before.Count).Select(e => e.Type));
        Assert.Equal("Arrangera två lokala näringslivsforum per år", (string)detail!["measures"]![6]!["text"]!);
        Assert.Equal(5, (int)detail["activities"]![0]!["targets"]![0]!["minimumPerYear"]!);
    }

    [Fact]
    public async Task A_target_a_planner_changed_survives_a_restart_with_a_seed_changed_elsewhere()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("planner-edit", Ct);
        var seeds = SeedFolders.CopyOfRepositorySeeds();
        await using (var first = new PlatformApp(connectionString, seeds))
        {
            var planner = await first.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
            var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
            var targets = await planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
            var raised = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/naringslivsforum-per-ar", targets.Headers.ETag!.Tag, new
            {
                activityCode = "1.5", kind = "count", description = "Två näringslivsforum per år", actionKind = "BusinessForum",
                minimumPerYear = 2, years = new[] { 2023, 2024 }, source = "Ledningsgruppen 2023-05-10",
            });
            Assert.Equal(System.Net.HttpStatusCode.OK, raised.StatusCode);
        }

        SeedFolders.Alter(seeds, SeedFolders.VilhelminaPlanFile, plan => plan["measures"]![6]!["text"] = "Arrangera två lokala näringslivsforum per år");
        await using var second = new PlatformApp(connectionString, seeds);
        var client = await second.ClientWithNewKeyAsync(Municipality.VilhelminaCode);
        var id = (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var detail = await client.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{id}", Ct);

        Assert.Equal("Arrangera två lokala näringslivsforum per år", (string)detail!["measures"]![6]!["text"]!);
        var forum = detail["activities"]!.AsArray().Single(a => (string?)a!["code"] == "1.5")!["targets"]![0]!;
        Assert.Equal((2, "Två näringslivsforum per år"), ((int)forum["minimumPerYear"]!, (string?)forum["description"]));
    }

    [Fact]
    public async Task A_plan_stored_before_the_aggregate_was_renamed_keeps_its_table_and_its_stream_answers_again_after_a_start()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("renamed-plan", Ct);
        await StartAndStopAsync(connectionString);
        const string planStreamTypes =
            "select string_agg(distinct s.type, ',') from naringsliv_events.mt_streams s join naringsliv_events.mt_events e on e.stream_id = s.id where e.type = 'process_plan_registered'";
        var written = await ScalarAsync<string>(connectionString, planStreamTypes);
        var storedPlans = await ScalarAsync<long>(connectionString, "select count(*) from naringsliv.mt_doc_processplan");

        string planId;
        System.Net.HttpStatusCode historyOfAnOldStream;
        await using (var app = new PlatformApp(connectionString))
        {
            var reader = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode);
            planId = (string)(await reader.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
            // What the code before the rename wrote for every plan stream.
            await TestSql.ExecuteAsync(connectionString, $"update naringsliv_events.mt_streams set type = 'process_plan' where id = '{planId}'");
            historyOfAnOldStream = (await reader.GetAsync($"/api/v1/plans/{planId}/history", Ct)).StatusCode;
        }

        await using var restarted = new PlatformApp(connectionString);
        var again = await restarted.ClientWithNewKeyAsync(Municipality.VilhelminaCode);
        var historyAfterAStart = await again.GetAsync($"/api/v1/plans/{planId}/history", Ct);

        Assert.Equal("plan", written);
        Assert.Equal(1, storedPlans);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, historyOfAnOldStream);
        Assert.Equal(System.Net.HttpStatusCode.OK, historyAfterAStart.StatusCode);
        Assert.Equal("plan", await ScalarAsync<string>(connectionString, planStreamTypes));
    }

    [Fact]
    public async Task A_malformed_seed_stops_the_start_naming_file_and_field_and_appends_nothing()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("malformed", Ct);
        var seeds = SeedFolders.CopyOfRepositorySeeds();
        SeedFolders.AddDorotea(seeds);
        SeedFolders.Alter(seeds, "dorotea/processplan-2025-2026.json", plan => plan["activities"]![1]!.AsObject().Remove("title"));

        await using var app = new PlatformApp(connectionString, seeds);
        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        var message = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains(Path.Combine(seeds, "dorotea", "processplan-2025-2026.json"), message, StringComparison.Ordinal);
        Assert.Contains("$.activities[1].title", message, StringComparison.Ordinal);
        Assert.Empty(await EventRows.ReadAllAsync(connectionString));
    }

    private static async Task StartAndStopAsync(string connectionString, string? seeds = null)
    {
        await using var app = new PlatformApp(connectionString, seeds);
        _ = app.Services;
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
