using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Planners add, change and withdraw targets as events on the plan stream; each test has a database of its own.</summary>
public sealed class TargetApiTests(DatabaseFixture database)
{
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_planner_raises_the_council_target_and_progress_counts_against_the_new_minimum()
    {
        await using var app = await StartAsync("target-raise");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var (planId, etag) = await TargetsAsync(planner);

        var raised = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/naringslivsrad-per-ar", etag, CouncilTarget(6));
        var progress = await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024", Ct);

        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        Assert.Equal($"\"{Version(etag) + 1}\"", raised.Headers.ETag?.Tag);
        Assert.Equal(6, (int)progress!.Single(p => (string?)p!["targetKey"] == "naringslivsrad-per-ar")!["required"]!);
    }

    [Fact]
    public async Task Setting_a_target_to_what_it_is_appends_nothing_and_keeps_the_version()
    {
        await using var app = await StartAsync("target-same");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var (planId, etag) = await TargetsAsync(planner);
        var before = await EventRows.ReadAllAsync(_connectionString);

        var same = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/naringslivsrad-per-ar", etag, CouncilTarget(4));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(etag, same.Headers.ETag?.Tag);
        Assert.Equal(before.Count, (await EventRows.ReadAllAsync(_connectionString)).Count);
    }

    [Fact]
    public async Task A_withdrawn_target_leaves_progress_and_a_stale_or_missing_version_changes_nothing()
    {
        await using var app = await StartAsync("target-withdraw");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var (planId, etag) = await TargetsAsync(planner);

        var withdrawn = await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/plans/{planId}/targets/naringslivsforum-per-ar", etag, null);
        var stale = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/naringslivsrad-per-ar", etag, CouncilTarget(6));
        var missing = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/naringslivsrad-per-ar", null, CouncilTarget(6));
        var progress = await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024", Ct);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal((HttpStatusCode.PreconditionFailed, "plan.version-stale"), (stale.StatusCode, await CodeAsync(stale)));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "plan.version-required"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.DoesNotContain(progress!, p => (string?)p!["targetKey"] == "naringslivsforum-per-ar");
        Assert.Equal(4, (int)progress!.Single(p => (string?)p!["targetKey"] == "naringslivsrad-per-ar")!["required"]!);
    }

    [Fact]
    public async Task Bad_targets_get_problem_details_in_swedish_and_append_nothing()
    {
        await using var app = await StartAsync("target-bad");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var (planId, etag) = await TargetsAsync(planner);
        var before = await EventRows.ReadAllAsync(_connectionString);

        var responses = new[]
        {
            await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/forum", etag, new { activityCode = "9.9", kind = "count" }),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/Fel%20nyckel", etag, CouncilTarget(4)),
            await planner.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/plans/{planId}/targets/rad-2030", etag, CouncilTarget(4, years: [2030])),
            await planner.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/plans/{planId}/targets/finns-inte", etag, null),
        };

        var problems = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, (await r.Content.ReadFromJsonAsync<JsonObject>(Ct))!)));

        Assert.Equal(
            [(400, "target.unknown-activity"), (400, "target.key-invalid"), (400, "target.year-outside-plan"), (404, "target.not-found")],
            problems.Select(p => (p.Item1, (string?)p.Item2["code"])));
        Assert.Equal("År 2030 ligger utanför planperioden.", (string?)problems[2].Item2["title"]);
        Assert.Equal(before.Count, (await EventRows.ReadAllAsync(_connectionString)).Count);
    }

    [Fact]
    public async Task A_cluster_meeting_held_covers_its_cluster_for_the_year()
    {
        await using var app = await StartAsync("target-coverage");
        var planner = await app.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
        var (planId, _) = await TargetsAsync(planner);
        var planned = await planner.PostAsJsonAsync($"/api/v1/plans/{planId}/actions", new
        {
            activityCode = "1.2", kind = "ClusterMeeting", cluster = "Saxnäs", title = "Möte med klustret i Saxnäs",
            plannedFrom = "2024-02-06", responsibleOfficial = "Anna Andersson",
        }, Ct);
        var actionId = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;

        var completed = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/actions/{actionId}/complete", planned.Headers.ETag!.Tag, new
        {
            heldOn = "2024-02-06", outcomeSummary = "Klustret tog upp vägunderhåll och bredband.",
        });
        var coverage = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024", Ct))!
            .Single(p => (string?)p!["targetKey"] == "mikrokluster-per-ar")!;

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal((1, 4), ((int)coverage["done"]!, (int)coverage["required"]!));
        Assert.Equal(["Kittelfjäll", "Klimpfjäll", "Företagarna"], coverage["notYetCovered"]!.AsArray().Select(n => (string)n!));
    }

    private async Task<PlatformApp> StartAsync(string name)
    {
        _connectionString = await database.Server.CreateDatabaseAsync(name, Ct);
        var app = new PlatformApp(_connectionString);
        _ = app.Services;
        return app;
    }

    private static object CouncilTarget(int minimum, int[]? years = null) => new
    {
        activityCode = "1.1",
        kind = "count",
        description = "Minst 4 näringslivsråd per år",
        actionKind = "BusinessCouncilMeeting",
        minimumPerYear = minimum,
        years = years ?? [2023, 2024],
        source = "Löpande minst 4 gånger per år",
    };

    private static long Version(string etag) => long.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(string PlanId, string ETag)> TargetsAsync(HttpClient planner)
    {
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var response = await planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (planId, response.Headers.ETag!.Tag);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];
}
