using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Follow-ups over the API: the lifecycle up to feedback and closing, refusals that append nothing, versions, filters.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class FollowUpApiTests(SecurityApp app)
{
    private const string Dorotea = "2425";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);

    [Fact]
    public async Task A_follow_up_is_opened_from_a_visit_answer_given_feedback_and_closed_with_an_outcome()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var companyId = await RegisterCompanyAsync(planner);
        var visitId = await CompletedVisitAsync(planner, companyId);
        var other = await RegisterCompanyAsync(planner);
        var before = (await EventRows.ReadAllAsync(app.ConnectionString)).Count;

        var refused = new[]
        {
            await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(other, "anna.handlaggare", visitId: visitId), Ct),
            await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(companyId, "anna.handlaggare", visitId: Guid.NewGuid()), Ct),
            await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(companyId, "anna.handlaggare", visitId: visitId, questionKey: "upphandling-deltar"), Ct),
        };
        Assert.Equal(["follow-up.unknown-visit", "follow-up.unknown-visit", "follow-up.unknown-answer"], await Task.WhenAll(refused.Select(r => CodeAsync(r))));
        Assert.Equal(before, (await EventRows.ReadAllAsync(app.ConnectionString)).Count);

        var opened = await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(companyId, "anna.handlaggare", visitId: visitId, questionKey: "lokaler-rackar"), Ct);
        var url = opened.Headers.Location!.OriginalString;
        var feedback = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/feedback", opened.Headers.ETag!.Tag, new { givenOn = Today, note = "Ringde VD:n om läget" });
        var closed = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/close", feedback.Headers.ETag!.Tag, new { outcome = "Lokal hittad hos fastighetsbolaget" });
        var read = await planner.GetAsync(url, Ct);
        var body = (await read.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var ofCompany = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/companies/{companyId}/follow-ups", Ct))!;

        Assert.Equal((HttpStatusCode.Created, "\"1\""), (opened.StatusCode, opened.Headers.ETag?.Tag));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, "\"3\""), (feedback.StatusCode, closed.StatusCode, read.Headers.ETag?.Tag));
        Assert.Equal(("Closed", "Lokal hittad hos fastighetsbolaget", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Ringde VD:n om läget", "Lokaler", visitId.ToString(), "lokaler-rackar"),
            ((string?)body["status"], (string?)body["outcome"], (string?)body["feedbackOn"], (string?)body["feedback"], (string?)body["categoryName"],
             (string?)body["visitId"], (string?)body["questionKey"]));
        Assert.Equal("Följ upp AB", (string?)body["companyName"]);
        Assert.Equal([(string?)body["id"]], ofCompany["items"]!.AsArray().Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Closing_without_an_outcome_is_refused_in_swedish_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var opened = await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(await RegisterCompanyAsync(planner), "anna.handlaggare"), Ct);
        var before = await FollowUpEventCountAsync();

        var noOutcome = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{opened.Headers.Location}/close", opened.Headers.ETag!.Tag, new { feedbackOn = Today });
        var noFeedback = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{opened.Headers.Location}/close", opened.Headers.ETag!.Tag, new { outcome = "Klart" });
        var problem = (await noOutcome.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal((HttpStatusCode.BadRequest, "follow-up.outcome-required"), (noOutcome.StatusCode, (string?)problem["code"]));
        Assert.StartsWith("Beskriv utfallet", (string?)problem["title"], StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "follow-up.feedback-date-required"), (noFeedback.StatusCode, await CodeAsync(noFeedback)));
        Assert.Equal(before, await FollowUpEventCountAsync());
    }

    [Fact]
    public async Task Changes_need_the_current_version()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var opened = await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(await RegisterCompanyAsync(planner), "anna.handlaggare"), Ct);
        var url = opened.Headers.Location!.OriginalString;
        var reassigned = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/reassign", opened.Headers.ETag!.Tag, new { owner = "per.planerare" });
        var before = await FollowUpEventCountAsync();

        var stale = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, opened.Headers.ETag!.Tag, new { need = "Annat", category = "Other", dueOn = Today.AddDays(3) });
        var missing = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, null, new { need = "Annat", category = "Other", dueOn = Today.AddDays(3) });
        var notFound = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/follow-ups/{Guid.NewGuid()}/reassign", "\"1\"", new { owner = "per" });
        var read = (await planner.GetFromJsonAsync<JsonObject>(url, Ct))!;

        Assert.Equal((HttpStatusCode.OK, "\"2\""), (reassigned.StatusCode, reassigned.Headers.ETag?.Tag));
        Assert.Equal((HttpStatusCode.PreconditionFailed, "follow-up.version-stale"), (stale.StatusCode, await CodeAsync(stale)));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "follow-up.version-required"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.Equal((HttpStatusCode.NotFound, "follow-up.not-found"), (notFound.StatusCode, await CodeAsync(notFound)));
        Assert.Equal(("per.planerare", "Behöver lokal för verkstaden"), ((string?)read["owner"], (string?)read["need"]));
        Assert.Equal(before, await FollowUpEventCountAsync());
    }

    [Fact]
    public async Task Opening_for_an_unknown_company_or_one_of_another_municipality_is_refused_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var companyId = await RegisterCompanyAsync(planner);
        var dorotea = await app.App.ClientWithNewKeyAsync(Dorotea, "read-write");
        var before = await FollowUpEventCountAsync();

        var unknown = await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(Guid.NewGuid().ToString(), "anna"), Ct);
        var otherMunicipality = await dorotea.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(companyId, "anna"), Ct);
        var dueBeforeOpened = await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(companyId, "anna", openedOn: Today.AddDays(-3), dueOn: Today.AddDays(-4)), Ct);
        var badCategory = await planner.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(companyId, "anna", category: "Lokaler"), Ct);

        Assert.Equal(
            ["follow-up.unknown-company", "follow-up.unknown-company", "follow-up.due-before-opened", "follow-up.unknown-category"],
            await Task.WhenAll(new[] { unknown, otherMunicipality, dueBeforeOpened, badCategory }.Select(CodeAsync)));
        Assert.All(new[] { unknown, otherMunicipality, dueBeforeOpened, badCategory }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(before, await FollowUpEventCountAsync());
    }

    [Fact]
    public async Task A_retried_open_with_the_same_idempotency_key_gets_the_same_follow_up()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var request = FollowUp(await RegisterCompanyAsync(planner), "anna");
        var key = $"follow-up-{Guid.NewGuid():N}";

        var first = await planner.PostWithIdempotencyKeyAsync("/api/v1/follow-ups", key, request);
        var before = await FollowUpEventCountAsync();
        var retried = await planner.PostWithIdempotencyKeyAsync("/api/v1/follow-ups", key, request);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retried.StatusCode));
        Assert.Equal(first.Headers.Location, retried.Headers.Location);
        Assert.Equal(before, await FollowUpEventCountAsync());
    }

    [Fact]
    public async Task The_list_filters_overdue_awaiting_feedback_owner_category_and_due_date()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var companyId = await RegisterCompanyAsync(planner);
        var owner = $"ägare-{Guid.NewGuid():N}"[..16];
        var overdue = await OpenAsync(planner, FollowUp(companyId, owner, category: "Permits", openedOn: Today.AddDays(-20), dueOn: Today.AddDays(-5)));
        var current = await OpenAsync(planner, FollowUp(companyId, owner, category: "Premises", dueOn: Today.AddDays(10)));
        var resolving = await OpenAsync(planner, FollowUp(companyId, owner, category: "Premises", openedOn: Today.AddDays(-20), dueOn: Today.AddDays(-5)));
        var resolved = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/follow-ups/{resolving}/resolve", "\"1\"", new { outcome = "Tillstånd klart" });

        async Task<IEnumerable<string?>> IdsAsync(string query) =>
            (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/follow-ups?owner={Uri.EscapeDataString(owner)}&{query}", Ct))!["items"]!.AsArray().Select(i => (string?)i!["id"]);

        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal([overdue], await IdsAsync("overdue=true"));
        Assert.Equal([resolving], await IdsAsync("awaitingFeedback=true"));
        Assert.Equal([resolving], await IdsAsync("status=awaitingfeedback"));
        Assert.Equal([current, resolving], (await IdsAsync("category=Premises")).Order());
        Assert.Equal([overdue, resolving], (await IdsAsync($"dueBefore={Today:yyyy-MM-dd}")).Order());
        Assert.Equal([current], await IdsAsync("status=Open&overdue=false"));
        Assert.Empty(await IdsAsync("status=Closed"));
        Assert.Equal(3, (int?)(await planner.GetFromJsonAsync<JsonObject>($"/api/v1/follow-ups?owner={Uri.EscapeDataString(owner)}&pageSize=1", Ct))!["total"]);

        var badStatus = await planner.GetAsync("/api/v1/follow-ups?status=soon", Ct);
        var badPage = await planner.GetAsync("/api/v1/follow-ups?pageSize=101", Ct);
        Assert.Equal(("follow-up.status-invalid", "follow-up.paging-invalid"), (await CodeAsync(badStatus), await CodeAsync(badPage)));
    }

    [Fact]
    public async Task A_read_key_may_list_and_read_but_not_open()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);
        var id = await OpenAsync(planner, FollowUp(await RegisterCompanyAsync(planner), "anna"));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/follow-ups/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/follow-ups", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/v1/follow-ups", FollowUp(Guid.NewGuid().ToString(), "anna"), Ct)).StatusCode);
    }

    private static object FollowUp(
        string companyId, string owner, string category = "Premises", DateOnly? openedOn = null, DateOnly? dueOn = null, Guid? visitId = null, string? questionKey = null) =>
        new { companyId, visitId, questionKey, need = "Behöver lokal för verkstaden", category, owner, openedOn, dueOn = dueOn ?? Today.AddDays(14) };

    private static async Task<string> RegisterCompanyAsync(HttpClient planner)
    {
        var created = await planner.PostAsJsonAsync("/api/v1/companies",
            new { organisationNumber = OrganisationNumbers.Next(), name = "Följ upp AB", sniCodes = new[] { "55101" }, locality = "Saxnäs", sizeClass = "1-4" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    private static async Task<string> OpenAsync(HttpClient planner, object request)
    {
        var opened = await planner.PostAsJsonAsync("/api/v1/follow-ups", request, Ct);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (string)(await opened.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];

    private async Task<int> FollowUpEventCountAsync() =>
        (await EventRows.ReadAllAsync(app.ConnectionString)).Count(e => e.Type.StartsWith("follow_up_", StringComparison.Ordinal) || e.Type == "feedback_given");

    /// <summary>A visit completed with answers to the default questionnaire seeded on startup.</summary>
    private static async Task<Guid> CompletedVisitAsync(HttpClient planner, string companyId)
    {
        var questionnaireId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/questionnaires", Ct))!
            .Single(q => (string?)q!["title"] == "Företagsbesök – grundfrågor")!["id"]!;
        var planned = await planner.PostAsJsonAsync("/api/v1/visits", new { companyId, plannedOn = Today, visitors = new[] { new { name = "Anna Handläggare", role = "Official" } } }, Ct);
        var visitId = (string)(await planned.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        var completed = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/visits/{visitId}/complete", planned.Headers.ETag!.Tag, new
        {
            heldOn = Today,
            questionnaireId,
            answers = new object[]
            {
                new { questionKey = "rekrytering-latt", scale = 2 },
                new { questionKey = "lokaler-rackar", yesNo = false },
                new { questionKey = "tillvaxt-planer", choices = new[] { "Fler anställda" } },
                new { questionKey = "tillvaxt-framtidstro", scale = 4 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        return Guid.Parse(visitId);
    }
}
