using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Naringslivsplattform.BuildingBlocks.Security;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// Every endpoint of the running app, read from its <see cref="EndpointDataSource"/>, checked against
/// the platform's policies: each declares one (or allows anonymous access), and each API endpoint
/// answers anonymous callers, callers without a fitting role and callers with one as its policy says.
/// </summary>
[Collection(SharedSecurityApp.Name)]
public sealed partial class AuthorizationMatrixTests(SecurityApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IReadOnlyList<RouteEndpoint> Endpoints =>
        [.. app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    [Fact]
    public void Every_endpoint_declares_a_platform_policy_or_allows_anonymous_access()
    {
        var offenders = Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !DeclaresOnlyPlatformPolicies(e) && !IsStaticAssetsDevelopmentFallback(e))
            .Select(e => $"{string.Join(',', Methods(e))} {e.RoutePattern.RawText} ({e.DisplayName})")
            .ToList();

        Assert.True(offenders.Count == 0,
            "These endpoints declare no policy from PlatformPolicies and do not allow anonymous access " +
            $"(the fallback policy denies them to everyone):{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    [Fact]
    public void The_matrix_sees_the_apis_pages_and_blazors_own_endpoints()
    {
        var patterns = Endpoints.Select(e => e.RoutePattern.RawText).ToList();

        Assert.Contains("/api/v1/plans/", patterns);
        Assert.Contains("/api/v1/api-keys/{keyId:guid}", patterns);
        Assert.Contains("/processplan", patterns);
        Assert.Contains("/_blazor", patterns);
        Assert.True(ApiEndpoints().Count() >= 6);
    }

    [Fact]
    public async Task Every_api_endpoint_refuses_an_anonymous_caller_with_401_problem_details_in_swedish()
    {
        var client = app.App.Anonymous();
        var wrong = new List<string>();

        foreach (var (method, url, _) in await ApiRequestsAsync())
        {
            var response = await client.SendAsync(Request(method, url), Ct);
            var problem = await ProblemOrNullAsync(response);
            if (response.StatusCode != HttpStatusCode.Unauthorized || (string?)problem?["code"] != "auth.unauthenticated"
                || (string?)problem["title"] != "Du behöver logga in eller ange en giltig API-nyckel.")
            {
                wrong.Add($"{method} {url}: {(int)response.StatusCode} {problem?.ToJsonString()}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Every_api_endpoint_admits_exactly_the_roles_its_policy_names_and_refuses_the_rest_with_403()
    {
        var callers = await CallersAsync();
        var requests = await ApiRequestsAsync();
        var wrong = new List<string>();

        foreach (var (method, url, roles) in requests)
        {
            foreach (var caller in callers)
            {
                var response = await caller.SendAsync(Request(method, url));
                var admitted = caller.Roles.Any(roles.Contains);
                var status = (int)response.StatusCode;
                if (admitted && status is 401 or 403 or >= 500)
                {
                    wrong.Add($"{caller.Name} should be admitted to {method} {url} but got {status}");
                }
                else if (!admitted && (status != 403 || (string?)(await ProblemOrNullAsync(response))?["code"] != "auth.forbidden"))
                {
                    wrong.Add($"{caller.Name} should get 403 auth.forbidden from {method} {url} but got {status}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>A caller and the roles it acts in.</summary>
    private sealed record Caller(string Name, IReadOnlyList<string> Roles, HttpClient Client)
    {
        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request, Ct);
    }

    /// <summary>A signed-in user per role, and a read and a read-write API key (acting as Läsare and Planerare).</summary>
    private async Task<IReadOnlyList<Caller>> CallersAsync()
    {
        var callers = new List<Caller>();
        foreach (var role in PlatformRoles.All)
        {
            callers.Add(new($"signed-in {role}", [role], (await app.App.SignedInAsync(SecurityApp.Vilhelmina, role)).Http));
        }

        callers.Add(new("read key", [PlatformRoles.Reader], await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read")));
        callers.Add(new("read-write key", [PlatformRoles.Planner], await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina, "read-write")));
        return callers;
    }

    private IEnumerable<RouteEndpoint> ApiEndpoints() =>
        Endpoints.Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                             && e.Metadata.GetMetadata<IAllowAnonymous>() is null);

    /// <summary>Each API endpoint and method as a concrete request, with the roles its policies admit.</summary>
    private async Task<IReadOnlyList<(string Method, string Url, IReadOnlyList<string> Roles)>> ApiRequestsAsync()
    {
        var reader = await app.App.ClientWithNewKeyAsync(SecurityApp.Vilhelmina);
        var plans = await reader.GetFromJsonAsync<JsonArray>("/api/v1/plans", Ct);
        var planId = (string)plans!.Single()!["id"]!;

        return [.. from endpoint in ApiEndpoints()
                   from method in Methods(endpoint)
                   select (method, UrlOf(endpoint, planId), AdmittedRoles(endpoint))];
    }

    private static string UrlOf(RouteEndpoint endpoint, string planId) =>
        RouteParameter().Replace(endpoint.RoutePattern.RawText!, parameter => parameter.Groups["name"].Value switch
        {
            "planId" => planId,
            "code" => "1.1",
            "keyId" or "actionId" or "decisionId" or "companyId" or "contactId" or "visitId" or "followUpId" => Guid.NewGuid().ToString(),
            "targetKey" => "naringslivsrad-per-ar",
            "questionnaireId" => Guid.NewGuid().ToString(),
            "version" => "1",
            "schoolId" or "industryCouncilId" or "councilMeetingId" or "leadTeacherMeetingId" => Guid.NewGuid().ToString(),
            "studentCompanyId" or "ufEventId" => Guid.NewGuid().ToString(),
            "clusterId" or "meetingId" => Guid.NewGuid().ToString(),
            "year" => "2024",
            "streamId" => Guid.NewGuid().ToString(),
            var name => throw new InvalidOperationException($"Teach the matrix a value for {{{name}}} of {endpoint.RoutePattern.RawText}."),
        });

    /// <summary>Whoever has a role of every declared policy (several policies on one endpoint must all hold).</summary>
    private static IReadOnlyList<string> AdmittedRoles(RouteEndpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => PlatformPolicies.RolesByPolicy.GetValueOrDefault(a.Policy ?? "", []))
            .Aggregate(PlatformRoles.All.AsEnumerable(), (roles, admitted) => roles.Intersect(admitted))];

    private static bool DeclaresOnlyPlatformPolicies(Endpoint endpoint)
    {
        var declared = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return declared.Count > 0
            && declared.All(a => a.Policy is not null && PlatformPolicies.RolesByPolicy.ContainsKey(a.Policy)
                                 && string.IsNullOrEmpty(a.Roles) && string.IsNullOrEmpty(a.AuthenticationSchemes))
            && endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is null;
    }

    // The one framework endpoint without our conventions: MapStaticAssets, when the app runs from its build
    // output (as tests and ./run do, never a published app), adds a catch-all that serves a wwwroot file
    // changed since the build. It is mapped beside the convention builder MapStaticAssets returns, so
    // AllowAnonymous() never reaches it; it serves nothing but the site's own files, and the deny-all
    // fallback policy refuses it to everyone anyway. Blazor's own endpoints (/_blazor, /_framework/…)
    // are not exempt: they carry the read policy given to MapRazorComponents.
    private static bool IsStaticAssetsDevelopmentFallback(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText == "{**path:file}" && endpoint.DisplayName == "Fallback {**path:file}";

    private static IReadOnlyList<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : ["GET"];

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        // The only body an API endpoint takes today is a new API key's; others ignore it.
        Content = method is "POST" or "PUT" or "PATCH" ? JsonContent.Create(new { name = $"matris-{Guid.NewGuid():N}", scope = "read" }) : null,
    };

    private static async Task<JsonObject?> ProblemOrNullAsync(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<JsonObject>(Ct)
            : null;

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
