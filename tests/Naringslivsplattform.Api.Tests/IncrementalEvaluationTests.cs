using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Time;
using Naringslivsplattform.TestSupport;
using static Naringslivsplattform.Api.Tests.PlannerWrites;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// The stored evaluations are made from the modules' year-scoped read models (ADR 0016), not by refolding the store: after
/// two years of work through the API, each stored plan-year equals the evaluation folded from the events as of today, a
/// deadline met by an action of the earlier year still counts in the later year's scoped read, and a new write moves the
/// stored document.
/// </summary>
public sealed class IncrementalEvaluationTests(DatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_stored_plan_year_equals_the_evaluation_folded_from_the_events_as_of_today_and_follows_a_new_write()
    {
        var connectionString = await database.Server.CreateDatabaseAsync("evaluation-incremental", Ct);
        await using var app = new PlatformApp(connectionString);
        var planner = await app.ClientWithNewKeyAsync("2462", "read-write");
        var planId = (string)(await planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;
        await ActionAsync(planner, planId, ("1.1", "BusinessCouncilMeeting", "2023-03-10"), "complete", new { heldOn = "2023-03-09", outcomeSummary = "Genomfört" });
        await ActionAsync(planner, planId, ("3.2", "Other", "2023-11-01"), "complete", new { heldOn = "2023-11-01", outcomeSummary = "Agendor klara" });
        await ActionAsync(planner, planId, ("1.4", "Workshop", "2023-12-12"), "reschedule", new { plannedFrom = "2024-01-16", reason = "Krock" });
        await ActionAsync(planner, planId, ("3.1", "Training", "2024-02-01"), "cancel", new { reason = "För få anmälda" });
        var company = await CreatedAsync(planner, "/api/v1/companies", new
        {
            organisationNumber = OrganisationNumbers.Next(), name = "Stegvisa Fjällstugor AB", sniCodes = new[] { "55101" }, locality = "Saxnäs", sizeClass = "5-9",
        });
        var visit = await CreatedAsync(planner, "/api/v1/visits", new
        {
            companyId = (string)company.Body["id"]!, plannedOn = "2024-04-03", visitors = new[] { new { name = "Olle Politiker", role = "Politician" } },
        });
        await ChangeAsync(planner, $"/api/v1/visits/{visit.Body["id"]}/complete", visit.ETag, new { heldOn = "2024-04-04" });
        await CreatedAsync(planner, "/api/v1/follow-ups", new
        {
            companyId = (string)company.Body["id"]!, need = "Behöver mark", category = "Premises", owner = "anna.handlaggare", openedOn = "2024-04-04", dueOn = "2024-05-01",
        });
        await app.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));

        var today = SwedishTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stored2023 = await StoredEvaluations.WaitForAsync(connectionString, planId, 2023, _ => true);
        var stored2024 = await StoredEvaluations.WaitForAsync(connectionString, planId, 2024, _ => true);
        var folded2023 = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/evaluations/2023?asOf={today}", Ct))!;
        var folded2024 = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/evaluations/2024?asOf={today}", Ct))!;
        await CouncilMeetings.CompleteAsync(planner, planId, "2024-02-14");
        var moved = await StoredEvaluations.WaitForAsync(connectionString, planId, 2024, e => Figure(e, "actionsHeld") == Figure(stored2024, "actionsHeld") + 1);

        Assert.True(JsonNode.DeepEquals(stored2023, folded2023), $"stored {stored2023.ToJsonString()}\nfolded {folded2023.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(stored2024, folded2024), $"stored {stored2024.ToJsonString()}\nfolded {folded2024.ToJsonString()}");
        Assert.Equal((today, today), ((string?)stored2023["day"], (string?)stored2024["day"]));
        Assert.Equal("Met", Target(stored2024, "3.2", "agendor-hosten-2023"));
        Assert.Equal((1, 1, 1, 1), (Figure(stored2024, "visitsHeld"), Figure(stored2024, "visitsWithPoliticians"), Figure(stored2024, "followUpsOpened"), Figure(stored2024, "followUpsOverdue")));
        Assert.Equal(2, (int)stored2024["previousYear"]!["actionsHeld"]!);
        Assert.Equal(Figure(stored2024, "actionsHeld") + 1, Figure(moved, "actionsHeld"));
    }

    private static int Figure(JsonObject evaluation, string name) => (int)evaluation["keyFigures"]![name]!;

    private static string? Target(JsonObject evaluation, string activity, string key) =>
        (string?)evaluation["activities"]!.AsArray().Single(a => (string?)a!["code"] == activity)!["targets"]!.AsArray().Single(t => (string?)t!["key"] == key)!["standing"];
}
