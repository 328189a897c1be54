using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Questionnaires over the API: versions that stay readable, concurrency, rules, and the seeded default.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class QuestionnaireApiTests(SecurityApp app)
{
    private const string Url = "/api/v1/questionnaires";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishing_a_new_version_keeps_the_old_one_readable()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var created = await planner.PostAsJsonAsync(Url, Questionnaire("Besök v1", Scale("rekrytering")), Ct);
        var id = (string?)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"];

        var published = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"{Url}/{id}", created.Headers.ETag!.Tag,
            Questionnaire("Besök v2", Scale("rekrytering"), Choice("lokalbehov", "Kontor", "Lager")));
        var latest = await planner.GetAsync($"{Url}/{id}", Ct);
        var latestBody = (await latest.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var first = (await planner.GetFromJsonAsync<JsonObject>($"{Url}/{id}/versions/1", Ct))!;
        var missing = await planner.GetAsync($"{Url}/{id}/versions/3", Ct);

        Assert.Equal((HttpStatusCode.Created, "\"1\"", $"{Url}/{id}"), (created.StatusCode, created.Headers.ETag?.Tag, created.Headers.Location?.OriginalString));
        Assert.Equal((HttpStatusCode.OK, "\"2\"", "\"2\""), (published.StatusCode, published.Headers.ETag?.Tag, latest.Headers.ETag?.Tag));
        Assert.Equal(("Besök v2", 2, 2), ((string?)latestBody["title"], (int?)latestBody["latestVersion"], latestBody["questions"]!.AsArray().Count));
        Assert.Equal([1, 2], latestBody["versions"]!.AsArray().Select(v => (int?)v!["number"]));
        Assert.Equal(("SingleChoice", "Lager"), ((string?)latestBody["questions"]![1]!["type"], (string?)latestBody["questions"]![1]!["options"]![1]));
        Assert.Equal(("Besök v1", 1, 1), ((string?)first["title"], (int?)first["version"], first["questions"]!.AsArray().Count));
        Assert.Equal((HttpStatusCode.NotFound, "questionnaire.version-not-found"), (missing.StatusCode, await CodeAsync(missing)));
    }

    [Fact]
    public async Task Changes_need_the_current_version_and_change_nothing_otherwise()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var created = await planner.PostAsJsonAsync(Url, Questionnaire("Samtidigt", Scale("rekrytering")), Ct);
        var url = $"{Url}/{(string?)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]}";
        var published = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, created.Headers.ETag!.Tag, Questionnaire("Samtidigt 2", Scale("rekrytering")));
        var before = await QuestionnaireEventCountAsync();

        var stale = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, created.Headers.ETag!.Tag, Questionnaire("Samtidigt 3", Scale("rekrytering")));
        var missing = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, null, Questionnaire("Samtidigt 3", Scale("rekrytering")));
        var staleRetire = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/retire", created.Headers.ETag!.Tag, null);
        var missingRetire = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/retire", null, null);
        var unknown = await planner.SendWithIfMatchAsync(HttpMethod.Put, $"{Url}/{Guid.NewGuid()}", "\"1\"", Questionnaire("Finns inte", Scale("rekrytering")));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal((HttpStatusCode.PreconditionFailed, "questionnaire.version-stale"), (stale.StatusCode, await CodeAsync(stale)));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "questionnaire.version-required"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.Equal((HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionRequired), (staleRetire.StatusCode, missingRetire.StatusCode));
        Assert.Equal((HttpStatusCode.NotFound, "questionnaire.not-found"), (unknown.StatusCode, await CodeAsync(unknown)));
        Assert.Equal(before, await QuestionnaireEventCountAsync());
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_in_swedish_with_stable_codes_and_appends_nothing()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var created = await planner.PostAsJsonAsync(Url, Questionnaire("Regler", Scale("rekrytering")), Ct);
        var url = $"{Url}/{(string?)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]}";
        var etag = created.Headers.ETag!.Tag;
        var before = await QuestionnaireEventCountAsync();

        var requests = new (HttpMethod Method, string Url, object Body, HttpStatusCode Status, string Code)[]
        {
            (HttpMethod.Post, Url, Questionnaire(" ", Scale("a")), HttpStatusCode.BadRequest, "questionnaire.title-required"),
            (HttpMethod.Post, Url, Questionnaire("Tom"), HttpStatusCode.BadRequest, "questionnaire.no-questions"),
            (HttpMethod.Post, Url, Questionnaire("Dubbel", Scale("a"), Scale("a")), HttpStatusCode.BadRequest, "questionnaire.duplicate-question-key"),
            (HttpMethod.Post, Url, Questionnaire("Nyckel", Scale("Stor Bokstav")), HttpStatusCode.BadRequest, "questionnaire.question-key-invalid"),
            (HttpMethod.Post, Url, Questionnaire("Tema", Scale("a") with { Theme = "turism" }), HttpStatusCode.BadRequest, "questionnaire.unknown-theme"),
            (HttpMethod.Post, Url, Questionnaire("Text", Scale("a") with { Text = "" }), HttpStatusCode.BadRequest, "questionnaire.question-text-required"),
            (HttpMethod.Post, Url, Questionnaire("Typ", Scale("a") with { Type = "Betyg" }), HttpStatusCode.BadRequest, "questionnaire.unknown-question-type"),
            (HttpMethod.Post, Url, Questionnaire("Alternativ", Choice("a", "Kontor")), HttpStatusCode.BadRequest, "questionnaire.options-required"),
            (HttpMethod.Post, Url, Questionnaire("Alternativ", Scale("a") with { Options = ["Ja", "Nej"] }), HttpStatusCode.BadRequest, "questionnaire.options-not-allowed"),
            (HttpMethod.Post, Url, Questionnaire(new string('x', 201), Scale("a")), HttpStatusCode.BadRequest, "questionnaire.too-long"),
            (HttpMethod.Put, url, Questionnaire("Regler", Scale("rekrytering")), HttpStatusCode.Conflict, "questionnaire.unchanged"),
            (HttpMethod.Put, url, Questionnaire("Regler", Scale("a") with { Theme = "turism" }), HttpStatusCode.BadRequest, "questionnaire.unknown-theme"),
        };
        var responses = new List<HttpResponseMessage>();
        foreach (var request in requests)
        {
            responses.Add(await planner.SendWithIfMatchAsync(request.Method, request.Url, request.Method == HttpMethod.Put ? etag : null, request.Body));
        }

        var bodies = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>(Ct))!));
        Assert.Equal(requests.Select(r => (r.Status, r.Code)), responses.Zip(bodies, (r, b) => (r.StatusCode, (string?)b["code"] ?? "")));
        Assert.Equal("Ange enkätens titel.", (string?)bodies[0]["title"]);
        Assert.Equal(before, await QuestionnaireEventCountAsync());
    }

    [Fact]
    public async Task A_retired_questionnaire_leaves_the_list_of_offered_ones_but_stays_readable()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var title = $"Avvecklas {Guid.NewGuid():N}";
        var created = await planner.PostAsJsonAsync(Url, Questionnaire(title, Scale("rekrytering")), Ct);
        var url = $"{Url}/{(string?)(await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]}";
        var offeredBefore = await TitlesAsync(planner, Url);

        var retired = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/retire", created.Headers.ETag!.Tag, null);
        var before = await QuestionnaireEventCountAsync();
        var again = await planner.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/retire", retired.Headers.ETag!.Tag, null);
        var publish = await planner.SendWithIfMatchAsync(HttpMethod.Put, url, retired.Headers.ETag!.Tag, Questionnaire(title, Scale("ny")));

        Assert.Contains(title, offeredBefore);
        Assert.Equal((HttpStatusCode.OK, "\"2\""), (retired.StatusCode, retired.Headers.ETag?.Tag));
        Assert.DoesNotContain(title, await TitlesAsync(planner, Url));
        Assert.Contains(title, await TitlesAsync(planner, $"{Url}?all=true"));
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync($"{url}/versions/1", Ct)).StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "questionnaire.retired"), (again.StatusCode, await CodeAsync(again)));
        Assert.Equal((HttpStatusCode.Conflict, "questionnaire.retired"), (publish.StatusCode, await CodeAsync(publish)));
        Assert.Equal(before, await QuestionnaireEventCountAsync());
    }

    [Fact]
    public async Task A_retried_creation_with_the_same_idempotency_key_gets_the_first_questionnaire()
    {
        var planner = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write");
        var key = $"retry-{Guid.NewGuid():N}";

        var first = await planner.PostWithIdempotencyKeyAsync(Url, key, Questionnaire("Omförsök", Scale("rekrytering")));
        var before = await QuestionnaireEventCountAsync();
        var retried = await planner.PostWithIdempotencyKeyAsync(Url, key, Questionnaire("Omförsök", Scale("rekrytering")));
        var reused = await planner.PostWithIdempotencyKeyAsync(Url, key, Questionnaire("Något annat", Scale("rekrytering")));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retried.StatusCode));
        Assert.Equal((string?)(await first.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"], (string?)(await retried.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]);
        Assert.Equal((HttpStatusCode.Conflict, "idempotency-key.reused"), (reused.StatusCode, await CodeAsync(reused)));
        Assert.Equal(before, await QuestionnaireEventCountAsync());
    }

    [Fact]
    public async Task The_municipality_starts_with_the_default_questionnaire_covering_every_theme_and_type()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read");
        var list = (await reader.GetFromJsonAsync<JsonArray>($"{Url}?all=true", Ct))!;
        var seeded = list.Single(q => (string?)q!["title"] == "Företagsbesök – grundfrågor")!;

        var body = (await reader.GetFromJsonAsync<JsonObject>($"{Url}/{(string?)seeded["id"]}", Ct))!;
        var questions = body["questions"]!.AsArray();

        Assert.Equal(
            ["infrastruktur", "kompetensforsorjning", "lokaler", "ovrigt", "tillstand", "tillvaxt", "upphandling"],
            questions.Select(q => (string?)q!["theme"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            ["FreeText", "MultipleChoice", "Scale1To5", "SingleChoice", "YesNo"],
            questions.Select(q => (string?)q!["type"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync(Url, Questionnaire("Läsare", Scale("a")), Ct)).StatusCode);
    }

    private sealed record QuestionBody(string Key, string Theme, string Text, string Type, string[] Options, bool Required);

    private static QuestionBody Scale(string key) => new(key, "kompetensforsorjning", $"Fråga {key}?", "Scale1To5", [], true);

    private static QuestionBody Choice(string key, params string[] options) => new(key, "lokaler", $"Fråga {key}?", "SingleChoice", options, false);

    private static object Questionnaire(string title, params QuestionBody[] questions) => new { title, description = "Test", questions };

    private static async Task<IReadOnlyList<string?>> TitlesAsync(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<JsonArray>(url, Ct))!.Select(q => (string?)q!["title"])];

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["code"];

    private async Task<int> QuestionnaireEventCountAsync() =>
        (await EventRows.ReadAllAsync(app.ConnectionString)).Count(e => e.Type.StartsWith("questionnaire_", StringComparison.Ordinal));
}
