using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Naringslivsplattform.BuildingBlocks.Security;
using Npgsql;

namespace Naringslivsplattform.Api.Tests;

/// <summary>Response headers, malformed input and unexpected failures, on the shared security app.</summary>
[Collection(SharedSecurityApp.Name)]
public sealed class HardeningTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_forbid_framing_sniffing_and_foreign_scripts()
    {
        var reader = await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Reader);

        var signInPage = await app.App.Anonymous().GetAsync("/logga-in", Ct);
        var startPage = await reader.Http.GetAsync("/", Ct);

        Assert.All([signInPage, startPage], page =>
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            AssertSecurityHeaders(page);
            Assert.Contains("script-src 'self';", Header(page, "Content-Security-Policy"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Api_responses_carry_the_same_headers_answered_or_refused()
    {
        var answered = await (await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina)).GetAsync("/api/v1/plans", Ct);
        var refused = await app.App.Anonymous().GetAsync("/api/v1/plans", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (answered.StatusCode, refused.StatusCode));
        AssertSecurityHeaders(answered);
        AssertSecurityHeaders(refused);
    }

    [Fact]
    public async Task A_malformed_json_body_is_400_problem_details_not_a_server_error()
    {
        var administrator = await app.App.SignedInAsync(SecurityApp.Vilhelmina, PlatformRoles.Administrator);

        var response = await administrator.Http.PostAsync(
            "/api/v1/api-keys", new StringContent("""{ "name": 12""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("request.invalid", (string?)problem!["code"]);
        Assert.Equal("Begäran kunde inte tolkas.", (string?)problem["title"]);
    }

    /// <summary>
    /// A stored plan of a municipality of its own that no longer reads (as after a faulty manual repair):
    /// the honest way to make the app fail that does not disturb the other tests on this app.
    /// </summary>
    [Fact]
    public async Task An_unexpected_failure_is_500_problem_details_in_swedish_without_any_exception_details()
    {
        const string Broken = "0999";
        await BreakAPlanOfAsync(Broken);
        var client = await app.App.ClientWithNewKeyAsync(Broken);

        var response = await client.GetAsync("/api/v1/plans", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("server.unexpected", (string?)problem["code"]);
        Assert.Equal("Ett oväntat fel inträffade. Försök igen eller kontakta systemförvaltaren.", (string?)problem["title"]);
        Assert.Equal(["code", "status", "title", "traceId", "type"], problem.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var telltale in (string[])["Exception", " at ", ".cs:line", "Npgsql", "Marten", "System.", "trasig"])
        {
            Assert.DoesNotContain(telltale, body, StringComparison.Ordinal);
        }
    }

    private async Task BreakAPlanOfAsync(string municipality)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """
            create temporary table broken as select * from naringsliv.mt_doc_processplan where tenant_id = '2462';
            update broken set tenant_id = @municipality, id = gen_random_uuid(), data = jsonb_set(data, '{header}', '"trasig"');
            insert into naringsliv.mt_doc_processplan select * from broken;
            """, connection);
        command.Parameters.AddWithValue("municipality", municipality);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct) > 0 ? 1 : 0);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
