using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Leadership decisions over the API: lifecycle, lists by state, validation, optimistic concurrency.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class DecisionApiTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_planner_records_a_need_for_3_3_requests_it_from_kommunstyrelsen_and_records_the_approval()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var (decision, etag) = await RecordNeedAsync(planner, new { activityCode = "3.3", subject = "Fastställa koncernövergripande mål" });
        var id = (string)decision["id"]!;

        var requested = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/request", etag, new { body = "Kommunstyrelsen", requestedOn = "2024-02-01" });
        var decided = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/decide", requested.Headers.ETag!.Tag, new
        {
            decidedOn = "2024-03-05", body = "Kommunstyrelsen", diarienummer = "KS 2024/17", text = "Kommunstyrelsen fastställer målen.", verdict = "Approved",
        });
        var read = await planner.GetAsync($"/api/v1/decisions/{id}", Ct);

        Assert.Equal(("Needed", "2024-06-30"), ((string?)decision["state"], (string?)decision["neededBy"]));
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("\"3\"", read.Headers.ETag?.Tag);
        var body = (await read.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(("Approved", "Kommunstyrelsen", "KS 2024/17", "2024-03-05", false),
            ((string?)body["state"], (string?)body["body"], (string?)body["diarienummer"], (string?)body["decidedOn"], (bool?)body["overdue"]));
        Assert.Contains(id, await IdsAsync(planner, "decided"));
        Assert.DoesNotContain(id, await IdsAsync(planner, "awaiting"));
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        var groupGoals = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{planId}/progress?year=2024", Ct))!
            .Single(p => (string?)p!["targetKey"] == "koncernmal-varen-2024")!;
        Assert.Equal(("Met", 1), ((string?)groupGoals["status"], (int)groupGoals["done"]!));
        var onTimeline = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/plans/{planId}/timeline?kind=LeadershipDecision&activity=3.3&pageSize=100", Ct))!["items"]!
            .AsArray().Single(e => (string?)e!["id"] == id)!;
        Assert.Equal(("Completed", "2024-03-05", $"beslut/{id}"), ((string?)onTimeline["status"], (string?)onTimeline["heldOn"], (string?)onTimeline["link"]));
        var history = (await planner.GetFromJsonAsync<JsonArray>($"/api/v1/decisions/{id}/history", Ct))!;
        Assert.Equal(["decision_need_recorded", "decision_requested", "decision_made"], history.Select(h => (string?)h!["eventType"]));
        Assert.Equal("Kommunstyrelsen biföll 2024-03-05 (dnr KS 2024/17)", (string?)history[2]!["description"]);
    }

    [Fact]
    public async Task The_list_says_which_decisions_await_which_are_overdue_and_which_are_withdrawn()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var inAMonth = DateOnly.FromDateTime(DateTime.Now).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (late, _) = await RecordNeedAsync(planner, new { activityCode = "3.1", subject = "Utbildningsplan", neededBy = "2021-03-01" });
        var (inTime, _) = await RecordNeedAsync(planner, new { activityCode = "3.4", subject = "Målbild 2030", neededBy = inAMonth });
        var (withdrawn, etag) = await RecordNeedAsync(planner, new { activityCode = "3.2", subject = "Agendor" });
        Assert.Equal(HttpStatusCode.OK, (await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{withdrawn["id"]}/withdraw", etag, new { reason = "Behövs inte" })).StatusCode);

        var awaiting = await IdsAsync(planner, "awaiting");
        var overdue = await IdsAsync(planner, "overdue");
        var all = await IdsAsync(planner, "all");

        Assert.Equal([true, true, false], new[] { late, inTime, withdrawn }.Select(d => awaiting.Contains((string)d["id"]!)));
        Assert.Equal([true, false, false], new[] { late, inTime, withdrawn }.Select(d => overdue.Contains((string)d["id"]!)));
        Assert.Equal([true, true, true], new[] { late, inTime, withdrawn }.Select(d => all.Contains((string)d["id"]!)));
        var badFilter = await planner.GetAsync($"/api/v1/plans/{await PlanIdAsync(planner)}/decisions?state=soon", Ct);
        Assert.Equal(("decision.state-invalid", HttpStatusCode.BadRequest), (await CodeAsync(badFilter), badFilter.StatusCode));
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_in_swedish_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var (decision, etag) = await RecordNeedAsync(planner, new { activityCode = "3.3", subject = "Koncernmål" });
        var id = (string)decision["id"]!;
        var requested = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/request", etag, new { body = "Kommunfullmaktige", requestedOn = "2024-02-01" });
        etag = requested.Headers.ETag!.Tag;
        var before = await DecisionEventCountAsync();
        var plans = $"/api/v1/plans/{await PlanIdAsync(planner)}/decisions";

        var unknownActivity = await planner.PostAsJsonAsync(plans, new { activityCode = "9.9", subject = "Mål" }, Ct);
        var notLeadership = await planner.PostAsJsonAsync(plans, new { activityCode = "1.1", subject = "Mål" }, Ct);
        var emptySubject = await planner.PostAsJsonAsync(plans, new { activityCode = "3.3", subject = "" }, Ct);
        var inFuture = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/decide", etag, Decision(DateOnly.FromDateTime(DateTime.Now).AddDays(2)));
        var noDiarienummer = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/decide", etag, Decision(new DateOnly(2024, 3, 5)) with { Diarienummer = "" });
        var requestedTwice = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/request", etag, new { body = "Kommunstyrelsen", requestedOn = "2024-02-02" });

        var problems = await Task.WhenAll(new[] { unknownActivity, notLeadership, emptySubject, inFuture, noDiarienummer, requestedTwice }
            .Select(async p => ((int)p.StatusCode, (await p.Content.ReadFromJsonAsync<JsonObject>(Ct))!)));
        Assert.Equal(
            [(400, "decision.unknown-activity"), (400, "decision.activity-not-leadership"), (400, "decision.subject-invalid"),
             (400, "decision.decided-in-future"), (400, "decision.diarienummer-required"), (409, "decision.already-requested")],
            problems.Select(p => (p.Item1, (string)p.Item2["code"]!)));
        Assert.Equal("Ett beslut kan inte registreras med ett datum som inte har kommit än.", (string?)problems[3].Item2["title"]);
        Assert.Equal(before, await DecisionEventCountAsync());
    }

    [Fact]
    public async Task A_change_based_on_an_old_version_is_412_without_one_428_and_changes_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var (decision, etag) = await RecordNeedAsync(planner, new { activityCode = "3.3", subject = "Koncernmål" });
        var url = $"/api/v1/decisions/{decision["id"]}";
        Assert.Equal(HttpStatusCode.OK, (await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/request", etag, new { body = "Ledningsgruppen", requestedOn = "2024-02-01" })).StatusCode);
        var before = await DecisionEventCountAsync();

        var stale = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/withdraw", etag, new { reason = "Behövs inte" });
        var missing = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/withdraw", null, new { reason = "Behövs inte" });
        var read = await planner.GetFromJsonAsync<JsonObject>(url, Ct);

        Assert.Equal(("decision.version-stale", HttpStatusCode.PreconditionFailed), (await CodeAsync(stale), stale.StatusCode));
        Assert.Equal(("decision.version-required", HttpStatusCode.PreconditionRequired), (await CodeAsync(missing), missing.StatusCode));
        Assert.Equal(("Requested", 2), ((string?)read!["state"], (int?)read["version"]));
        Assert.Equal(before, await DecisionEventCountAsync());
    }

    [Fact]
    public async Task An_unknown_decision_is_404_to_read_and_to_change()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var url = $"/api/v1/decisions/{Guid.CreateVersion7()}";

        var read = await planner.GetAsync(url, Ct);
        var withdraw = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/withdraw", "\"1\"", new { reason = "Finns inte" });

        Assert.Equal((HttpStatusCode.NotFound, "decision.not-found"), (read.StatusCode, await CodeAsync(read)));
        Assert.Equal((HttpStatusCode.NotFound, "decision.not-found"), (withdraw.StatusCode, await CodeAsync(withdraw)));
    }

    [Fact]
    public async Task A_read_key_may_list_decisions_but_not_record_one()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);
        var plans = $"/api/v1/plans/{await PlanIdAsync(reader)}/decisions";

        var list = await reader.GetAsync(plans, Ct);
        var record = await reader.PostAsJsonAsync(plans, new { activityCode = "3.3", subject = "Mål" }, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (list.StatusCode, record.StatusCode));
    }

    private sealed record DecideRequest(string DecidedOn, string Body, string Diarienummer, string Text, string Verdict);

    private static DecideRequest Decision(DateOnly on) =>
        new(on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Kommunfullmaktige", "KF 2024/3", "Fullmäktige fastställer målen.", "Approved");

    private async Task<int> DecisionEventCountAsync() =>
        (await EventRows.ReadAllAsync(app.ConnectionString)).Count(e => e.Type.StartsWith("decision_", StringComparison.Ordinal));

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];

    private static async Task<string> PlanIdAsync(HttpClient client) =>
        (string)(await client.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client, string state) =>
        [.. (await client.GetFromJsonAsync<JsonArray>($"/api/v1/plans/{await PlanIdAsync(client)}/decisions?state={state}", Ct))!.Select(d => (string)d!["id"]!)];

    [Fact]
    public async Task A_retried_record_with_the_same_idempotency_key_gets_the_first_decision_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var url = $"/api/v1/plans/{await PlanIdAsync(planner)}/decisions";
        var key = $"retry-{Guid.NewGuid():N}";
        var need = new { activityCode = "3.2", subject = "Näringslivsfrågor på KS agenda" };

        var first = await planner.PostWithIdempotencyKeyAsync(url, key, need);
        var before = await EventRows.ReadAllAsync(app.ConnectionString);
        var retried = await planner.PostWithIdempotencyKeyAsync(url, key, need);
        var reused = await planner.PostWithIdempotencyKeyAsync(url, key, new { activityCode = "3.2", subject = "Något annat" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retried.StatusCode));
        Assert.Equal(
            (string?)(await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"],
            (string?)(await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]);
        Assert.Equal((HttpStatusCode.Conflict, "idempotency-key.reused"), (reused.StatusCode, (string?)(await reused.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"]));
        Assert.Equal(before.Count, (await EventRows.ReadAllAsync(app.ConnectionString)).Count);
    }

    private static async Task<(JsonObject Decision, string ETag)> RecordNeedAsync(HttpClient planner, object need)
    {
        var response = await planner.PostAsJsonAsync($"/api/v1/plans/{await PlanIdAsync(planner)}/decisions", need, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }
}
