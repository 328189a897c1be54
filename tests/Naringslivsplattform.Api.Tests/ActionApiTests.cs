using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Planning and following an action over the API: lifecycle, validation, optimistic concurrency.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class ActionApiTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_planner_plans_a_council_meeting_and_completes_it_and_the_action_says_so()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var (action, etag) = await PlanCouncilMeetingAsync(planner);

        var completed = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/complete", etag, new
        {
            heldOn = "2024-03-12",
            outcomeSummary = "Åtta företag diskuterade kompetensförsörjning.",
            participants = new[] { new { name = "Anna Andersson", role = "tjänsteperson" } },
            companiesAttending = 8,
            personsAttending = 12,
        });
        var read = await planner.GetAsync($"/api/v1/actions/{action["id"]}", Ct);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("\"2\"", completed.Headers.ETag?.Tag);
        var body = (await read.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(("Completed", "2024-03-12", 8), ((string?)body["status"], (string?)body["heldOn"], (int?)body["companiesAttending"]));
        Assert.Equal("\"2\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_write_based_on_an_old_version_is_412_and_changes_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var (action, etag) = await PlanCouncilMeetingAsync(planner);
        Assert.Equal(HttpStatusCode.OK, (await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/reschedule", etag, new { plannedFrom = "2024-04-02", reason = "Krock" })).StatusCode);

        var stale = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/cancel", etag, new { reason = "För få anmälda" });
        var missing = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/cancel", null, new { reason = "För få anmälda" });
        var read = await planner.GetFromJsonAsync<JsonObject>($"/api/v1/actions/{action["id"]}", Ct);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("action.version-stale", (string?)(await stale.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(("Planned", "2024-04-02", 2), ((string?)read!["status"], (string?)read["plannedFrom"], (int?)read["version"]));
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_in_swedish_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var before = (await EventRows.ReadAllAsync(app.ConnectionString)).Count(e => e.Type.StartsWith("action_", StringComparison.Ordinal));

        var unknownActivity = await planner.PostAsJsonAsync($"/api/v1/plans/{await PlanIdAsync(planner)}/actions", Meeting("9.9", "Möte"), Ct);
        var emptyTitle = await planner.PostAsJsonAsync($"/api/v1/plans/{await PlanIdAsync(planner)}/actions", Meeting("1.1", ""), Ct);
        var (action, etag) = await PlanCouncilMeetingAsync(planner);
        var noDate = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/actions/{action["id"]}/complete", etag, new { outcomeSummary = "Bra möte" });

        var problems = new[] { unknownActivity, emptyTitle, noDate };
        Assert.All(problems, p => Assert.Equal(HttpStatusCode.BadRequest, p.StatusCode));
        var codes = await Task.WhenAll(problems.Select(async p => (string?)(await p.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]));
        Assert.Equal(["action.unknown-activity", "action.title-invalid", "action.held-on-required"], codes);
        Assert.Equal(before + 1, (await EventRows.ReadAllAsync(app.ConnectionString)).Count(e => e.Type.StartsWith("action_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_retried_plan_with_the_same_idempotency_key_gets_the_first_action_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var url = $"/api/v1/plans/{await PlanIdAsync(planner)}/actions";
        var key = $"retry-{Guid.NewGuid():N}";

        var first = await planner.PostWithIdempotencyKeyAsync(url, key, Meeting("1.1", "Näringslivsråd i maj"));
        var before = await EventRows.ReadAllAsync(app.ConnectionString);
        var retried = await planner.PostWithIdempotencyKeyAsync(url, key, Meeting("1.1", "Näringslivsråd i maj"));
        var reused = await planner.PostWithIdempotencyKeyAsync(url, key, Meeting("1.1", "Ett annat möte"));
        var invalid = await planner.PostWithIdempotencyKeyAsync(url, new string('x', 101), Meeting("1.1", "Näringslivsråd i maj"));

        var firstId = (string?)(await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"];
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retried.StatusCode));
        Assert.Equal(firstId, (string?)(await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]);
        Assert.Equal("true", retried.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((HttpStatusCode.Conflict, "idempotency-key.reused"), (reused.StatusCode, (string?)(await reused.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]));
        Assert.Equal((HttpStatusCode.BadRequest, "idempotency-key.invalid"), (invalid.StatusCode, (string?)(await invalid.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]));
        Assert.Equal(before.Count, (await EventRows.ReadAllAsync(app.ConnectionString)).Count);
    }

    [Fact]
    public async Task A_read_key_may_read_but_not_plan()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);

        var response = await reader.PostAsJsonAsync($"/api/v1/plans/{await PlanIdAsync(reader)}/actions", Meeting("1.1", "Möte"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static object Meeting(string activity, string title) => new
    {
        activityCode = activity,
        kind = "BusinessCouncilMeeting",
        title,
        plannedFrom = "2024-03-12",
        locality = "Vilhelmina",
        responsibleOfficial = "Anna Andersson",
    };

    private static async Task<string> PlanIdAsync(HttpClient client) =>
        (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static async Task<(JsonObject Action, string ETag)> PlanCouncilMeetingAsync(HttpClient planner)
    {
        var response = await planner.PostAsJsonAsync($"/api/v1/plans/{await PlanIdAsync(planner)}/actions", Meeting("1.1", "Näringslivsråd i mars"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }
}
