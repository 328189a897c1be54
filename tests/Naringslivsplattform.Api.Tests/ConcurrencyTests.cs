using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Tenancy;
using Naringslivsplattform.TestSupport;
using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// One Host for <see cref="ConcurrencyTests"/>, with a rate limit high enough for bursts of concurrent requests, and one
/// writing caller whose requests all come from the same API key (so keyed creates address the same stream).
/// </summary>
public sealed class ConcurrencyApp(DatabaseFixture database) : IAsyncLifetime
{
    public PlatformApp App { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public HttpClient Planner { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await database.Server.CreateDatabaseAsync("concurrency");
        App = new PlatformApp(ConnectionString, settings: new Dictionary<string, string> { ["RateLimiting:ApiRequestsPerMinute"] = "100000" });
        _ = App.Services;
        Planner = await App.ClientWithNewKeyAsync(Municipality.VilhelminaCode, "read-write");
    }

    public async ValueTask DisposeAsync()
    {
        Planner.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>
/// The write path under concurrency. Fifty changes based on the same version of one stream: exactly one is appended and
/// answered 200, every other one is told 412 (version-stale), none fails with 5xx, and the stream holds the winner's
/// change. Fifty identical creates with the same Idempotency-Key: one stream with one event, and fifty 201s that all
/// name it, forty-nine of them marked as replays.
/// </summary>
public sealed class ConcurrencyTests(ConcurrencyApp app) : IClassFixture<ConcurrencyApp>
{
    private const int Requests = 50;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Planner => app.Planner;

    public static TheoryData<string> ChangedResources => ["action", "company", "contact person", "target"];

    public static TheoryData<string> KeyedCreateRoutes =>
    [
        "POST /api/v1/plans/{planId}/actions",
        "POST /api/v1/plans/{planId}/decisions",
        "POST /api/v1/companies",
        "POST /api/v1/questionnaires",
        "POST /api/v1/visits",
        "POST /api/v1/follow-ups",
        "POST /api/v1/schools",
        "POST /api/v1/industry-councils",
        "POST /api/v1/industry-councils/{id}/meetings",
        "POST /api/v1/lead-teacher-meetings",
        "POST /api/v1/clusters",
        "POST /api/v1/cluster-meetings",
        "POST /api/v1/student-companies",
        "POST /api/v1/uf-events",
    ];

    [Theory]
    [MemberData(nameof(ChangedResources))]
    public async Task Fifty_concurrent_changes_based_on_the_same_version_append_one_answer_the_rest_412_and_store_the_winners(string resource)
    {
        var change = await PrepareChangeAsync(resource);
        var eventsBefore = await StreamEventCountAsync(change.StreamId);
        var requests = Enumerable.Range(0, Requests).Select(i =>
        {
            var request = new HttpRequestMessage(change.Method, change.Url) { Content = JsonContent.Create(change.Body(i)) };
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(change.ETag));
            return request;
        }).ToList();

        var responses = await Task.WhenAll(requests.Select(r => Planner.SendAsync(r, Ct)));
        var answers = await Task.WhenAll(responses.Select(AnswerAsync));
        var eventsAfter = await StreamEventCountAsync(change.StreamId);
        var stored = change.Stored((await Planner.GetFromJsonAsync<JsonObject>(change.ReadUrl, Ct))!);

        var winners = Enumerable.Range(0, Requests).Where(i => answers[i].Status == 200).ToList();
        var losers = answers.Where(a => a.Status != 200).ToList();
        var broken = new List<string>();
        if (winners.Count != 1)
        {
            broken.Add($"{winners.Count} requests got 200, not exactly one");
        }

        if (losers.Any(a => a.Status != 412 || a.Code?.EndsWith(".version-stale", StringComparison.Ordinal) != true))
        {
            broken.Add($"the others were not all 412 *.version-stale: {Tally(losers.Select(a => $"{a.Status} {a.Code ?? "(no code)"}"))}");
        }

        if (eventsAfter - eventsBefore != 1)
        {
            broken.Add($"the stream gained {eventsAfter - eventsBefore} events, not exactly one ({eventsBefore} → {eventsAfter})");
        }

        if (winners.Count == 1 && stored != change.Written(winners[0]))
        {
            broken.Add($"the stored state is {stored}, not the winner's {change.Written(winners[0])}");
        }

        Assert.True(
            broken.Count == 0,
            $"{Requests} concurrent {change.Method} {change.Url} with If-Match {change.ETag}: {Tally(answers.Select(a => a.Status.ToString(CultureInfo.InvariantCulture)))}"
            + $"; stored {stored}.\n- {string.Join("\n- ", broken)}");
    }

    [Theory]
    [MemberData(nameof(KeyedCreateRoutes))]
    public async Task Fifty_concurrent_identical_creates_with_one_idempotency_key_start_one_stream_and_all_get_201_naming_it(string route)
    {
        var (url, body) = await PrepareCreateAsync(route);
        var key = $"concurrency-{Guid.NewGuid():N}";
        var before = await StoreCountsAsync();
        var requests = Enumerable.Range(0, Requests).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }).ToList();

        var responses = await Task.WhenAll(requests.Select(r => Planner.SendAsync(r, Ct)));
        var answers = await Task.WhenAll(responses.Select(AnswerAsync));
        var after = await StoreCountsAsync();

        var created = answers.Where(a => a.Status == 201).ToList();
        var ids = created.Select(a => a.Id).Distinct().ToList();
        var locations = created.Select(a => a.Location).Distinct().ToList();
        var replayed = answers.Count(a => a.Replayed);
        var broken = new List<string>();
        if (created.Count != Requests)
        {
            broken.Add($"not every response was 201: {Tally(answers.Where(a => a.Status != 201).Select(a => $"{a.Status} {a.Code ?? "(no code)"}"))}");
        }

        if (ids.Count != 1 || ids[0] is null)
        {
            broken.Add($"the 201s name {ids.Count} resources, not one: {string.Join(", ", ids.Select(i => i ?? "(no id)"))}");
        }

        if (locations.Count != 1 || ids.Count != 1 || locations[0]?.EndsWith($"/{ids[0]}", StringComparison.Ordinal) != true)
        {
            broken.Add($"the 201s' Location headers are not all the resource's: {string.Join(", ", locations.Select(l => l ?? "(none)"))}");
        }

        if (replayed != Requests - 1)
        {
            broken.Add($"{replayed} responses carry Idempotent-Replayed: true and {Requests - replayed} do not; expected {Requests - 1} and 1");
        }

        if ((after.Streams - before.Streams, after.Events - before.Events) != (1, 1))
        {
            broken.Add($"the store gained {after.Streams - before.Streams} streams and {after.Events - before.Events} events, not one stream with one event");
        }

        if (ids is [{ } id] && Guid.TryParse(id, out var streamId) && await StreamEventCountAsync(streamId) is var inStream and not 1)
        {
            broken.Add($"the new stream {id} holds {inStream} events, not one");
        }

        Assert.True(
            broken.Count == 0,
            $"{Requests} concurrent identical {route} ({url}) with one Idempotency-Key: {Tally(answers.Select(a => a.Status.ToString(CultureInfo.InvariantCulture)))}"
            + $", Idempotent-Replayed×{replayed}, streams +{after.Streams - before.Streams}, events +{after.Events - before.Events}.\n- {string.Join("\n- ", broken)}");
    }

    /// <param name="Body">The request body of request number i; each one asks for something else.</param>
    /// <param name="Stored">What the resource read back from <paramref name="ReadUrl"/> holds of the change.</param>
    /// <param name="Written">What request number i wrote, as <paramref name="Stored"/> shows it.</param>
    private sealed record Change(
        HttpMethod Method, string Url, string ETag, Guid StreamId, Func<int, object> Body, string ReadUrl, Func<JsonObject, string?> Stored, Func<int, string> Written);

    private async Task<Change> PrepareChangeAsync(string resource)
    {
        var tag = Tag();
        switch (resource)
        {
            case "action":
            {
                var (action, etag) = await CreateAsync($"/api/v1/plans/{await PlanIdAsync()}/actions", CouncilMeeting($"Näringslivsråd {tag}"));
                var day = (int i) => new DateOnly(2024, 4, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new Change(
                    HttpMethod.Post, $"/api/v1/actions/{Id(action)}/reschedule", etag, Guid.Parse(Id(action)),
                    i => new { plannedFrom = day(i), reason = $"Krock nummer {i}" },
                    $"/api/v1/actions/{Id(action)}", read => (string?)read["plannedFrom"], day);
            }

            case "company":
            {
                var (company, etag) = await CreateAsync("/api/v1/companies", Company($"Samtidigt {tag} AB"));
                var name = (int i) => $"Samtidigt {tag} nummer {i} AB";
                return new Change(
                    HttpMethod.Put, $"/api/v1/companies/{Id(company)}", etag, Guid.Parse(Id(company)),
                    i => new { name = name(i), sniCodes = new[] { "55101" }, locality = "Kittelfjäll", sizeClass = "5-9" },
                    $"/api/v1/companies/{Id(company)}", read => (string?)read["name"], name);
            }

            case "contact person":
            {
                var (company, etag) = await CreateAsync("/api/v1/companies", Company($"Kontakter {tag} AB"));
                var added = await Planner.SendWithIfMatchAsync(
                    HttpMethod.Post, $"/api/v1/companies/{Id(company)}/contacts", etag, new { name = "Karin Berg", role = "VD", phone = "0940-123 45", email = "karin@example.se" });
                await AssertStatusAsync(HttpStatusCode.OK, added);
                var contactId = (string)(await added.Content.ReadFromJsonAsync<JsonObject>(Ct))!["contacts"]![0]!["id"]!;
                var name = (int i) => $"Kontakt nummer {i}";
                return new Change(
                    HttpMethod.Put, $"/api/v1/companies/{Id(company)}/contacts/{contactId}", added.Headers.ETag!.Tag, Guid.Parse(Id(company)),
                    i => new { name = name(i), role = "VD", phone = "0940-123 45", email = $"kontakt{i}@example.se" },
                    $"/api/v1/companies/{Id(company)}", read => (string?)read["contacts"]!.AsArray().Single(c => (string?)c!["id"] == contactId)!["name"], name);
            }

            case "target":
            {
                var planId = await PlanIdAsync();
                var targets = await Planner.GetAsync($"/api/v1/plans/{planId}/targets", Ct);
                await AssertStatusAsync(HttpStatusCode.OK, targets);
                var minimum = (int i) => (10 + i).ToString(CultureInfo.InvariantCulture);
                return new Change(
                    HttpMethod.Put, $"/api/v1/plans/{planId}/targets/naringslivsrad-per-ar", targets.Headers.ETag!.Tag, Guid.Parse(planId),
                    i => new
                    {
                        activityCode = "1.1", kind = "count", description = $"Minst {10 + i} näringslivsråd per år", actionKind = "BusinessCouncilMeeting",
                        minimumPerYear = 10 + i, years = new[] { 2023, 2024 }, source = "Löpande minst 4 gånger per år",
                    },
                    $"/api/v1/plans/{planId}/targets",
                    read => read["targets"]!.AsArray().Single(t => (string?)t!["key"] == "naringslivsrad-per-ar")!["minimumPerYear"]?.ToJsonString(),
                    minimum);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(resource), resource, "No such changed resource.");
        }
    }

    /// <summary>The create's URL and body, with what it needs made first through the API.</summary>
    private async Task<(string Url, object Body)> PrepareCreateAsync(string route)
    {
        var tag = Tag();
        return route switch
        {
            "POST /api/v1/plans/{planId}/actions" => ($"/api/v1/plans/{await PlanIdAsync()}/actions", CouncilMeeting($"Näringslivsråd {tag}")),
            "POST /api/v1/plans/{planId}/decisions" => ($"/api/v1/plans/{await PlanIdAsync()}/decisions", new { activityCode = "3.3", subject = $"Fastställa mål {tag}" }),
            "POST /api/v1/companies" => ("/api/v1/companies", Company($"Samtidigt {tag} AB")),
            "POST /api/v1/questionnaires" => ("/api/v1/questionnaires", new
            {
                title = $"Besök {tag}", description = "Samtidigt skapad",
                questions = new[] { new { key = "rekrytering", theme = "kompetensforsorjning", text = "Hur går rekryteringen?", type = "Scale1To5", options = Array.Empty<string>(), required = true } },
            }),
            "POST /api/v1/visits" => ("/api/v1/visits", new
            {
                companyId = await CompanyAsync($"Besökt {tag} AB"), plannedOn = "2024-06-11", visitors = new[] { new { name = "Anna Andersson", role = "Official" } }, purpose = "Samtidigt planerat",
            }),
            "POST /api/v1/follow-ups" => ("/api/v1/follow-ups", new
            {
                companyId = await CompanyAsync($"Uppföljd {tag} AB"), need = "Behöver lokal för verkstaden", category = "Premises", owner = "anna.handlaggare",
                openedOn = "2024-05-02", dueOn = "2024-05-16",
            }),
            "POST /api/v1/schools" => ("/api/v1/schools", new { name = $"Skolan {tag}", level = "Primary" }),
            "POST /api/v1/industry-councils" => await StartCouncilAsync(tag),
            "POST /api/v1/industry-councils/{id}/meetings" =>
                ($"/api/v1/industry-councils/{Id((await CreateAsync("/api/v1/industry-councils", (await StartCouncilAsync(tag)).Body)).Body)}/meetings",
                 new { plannedOn = "2024-05-14", responsible = "Anna Andersson", agenda = "Praktikplatser till våren" }),
            "POST /api/v1/lead-teacher-meetings" => ("/api/v1/lead-teacher-meetings", new
            {
                schoolId = Id((await CreateAsync("/api/v1/schools", new { name = $"Skolan {tag}", level = "Primary" })).Body), plannedOn = "2024-05-20",
                responsible = "Anna Andersson", leadTeachers = new[] { "Karin Ek" }, plannedActivities = new[] { "Entreprenörskapsvecka i åk 8" },
            }),
            "POST /api/v1/clusters" => ("/api/v1/clusters", new { name = $"Klustret {tag}", contact = new { name = "Eva Ek", phone = "0940-123 45", email = "eva@example.se" } }),
            "POST /api/v1/cluster-meetings" => ("/api/v1/cluster-meetings", new
            {
                clusterId = Id((await CreateAsync("/api/v1/clusters", new { name = $"Klustret {tag}" })).Body), receivedOn = "2024-03-01",
                wish = "Träff om vinterns vägar", requestedBy = "Eva Ek",
            }),
            "POST /api/v1/student-companies" => ("/api/v1/student-companies", new
            {
                schoolYear = "2023/24", schoolId = Id((await CreateAsync("/api/v1/schools", new { name = $"Gymnasiet {tag}", level = "UpperSecondary" })).Body),
                name = $"Fjällglass {tag} UF", students = 4, businessIdea = "Glass av fjällbär",
            }),
            "POST /api/v1/uf-events" => ("/api/v1/uf-events", new
            {
                kind = "UfFair", plannedOn = "2024-03-12", title = $"UF-mässa {tag}", locality = "Vilhelmina", responsible = "Anna Andersson", description = "Samtidigt planerad",
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "No such create route."),
        };
    }

    /// <summary>The start of the industry council for a new upper-secondary school's programme.</summary>
    private async Task<(string Url, object Body)> StartCouncilAsync(string tag)
    {
        var (school, etag) = await CreateAsync("/api/v1/schools", new { name = $"Gymnasiet {tag}", level = "UpperSecondary" });
        var withProgramme = await Planner.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/schools/{Id(school)}/programmes", etag, new { name = "Försäljnings- och serviceprogrammet" });
        await AssertStatusAsync(HttpStatusCode.OK, withProgramme);
        var programmeId = (string)(await withProgramme.Content.ReadFromJsonAsync<JsonObject>(Ct))!["programmes"]![0]!["id"]!;
        return ("/api/v1/industry-councils", new { schoolId = Id(school), programmeId });
    }

    private sealed record Answer(int Status, string? Code, string? Id, string? Location, bool Replayed);

    private static async Task<Answer> AnswerAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        var body = text.StartsWith('{') ? JsonNode.Parse(text) as JsonObject : null;
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true", StringComparer.Ordinal);
        return new Answer((int)response.StatusCode, (string?)body?["code"], (string?)body?["id"], response.Headers.Location?.OriginalString, replayed);
    }

    /// <summary>E.g. "200×1, 412×30, 500×19".</summary>
    private static string Tally(IEnumerable<string> values) =>
        string.Join(", ", values.GroupBy(v => v, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));

    /// <summary>Streams with events, and events, in the whole store; Marten's tombstones for failed appends are not the product's.</summary>
    private async Task<(long Streams, long Events)> StoreCountsAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "select count(distinct stream_id), count(*) from naringsliv_events.mt_events where type <> 'tombstone'", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<long> StreamEventCountAsync(Guid streamId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("select count(*) from naringsliv_events.mt_events where stream_id = @id", connection);
        command.Parameters.AddWithValue("id", streamId);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private async Task<(JsonObject Body, string ETag)> CreateAsync(string url, object body)
    {
        var response = await Planner.PostAsJsonAsync(url, body, Ct);
        await AssertStatusAsync(HttpStatusCode.Created, response);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    private async Task<string> CompanyAsync(string name) => Id((await CreateAsync("/api/v1/companies", Company(name))).Body);

    private async Task<string> PlanIdAsync() => (string)(await Planner.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct))![0]!["id"]!;

    private static async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");

    private static object Company(string name) =>
        new { organisationNumber = OrganisationNumbers.Next(), name, sniCodes = new[] { "55101" }, locality = "Kittelfjäll", sizeClass = "5-9" };

    private static object CouncilMeeting(string title) => new
    {
        activityCode = "1.1", kind = "BusinessCouncilMeeting", title, plannedFrom = "2024-03-12", locality = "Vilhelmina", responsibleOfficial = "Anna Andersson",
    };

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static string Id(JsonObject body) => (string)body["id"]!;
}
