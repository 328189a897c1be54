using System.Text.Json;
using Microsoft.Playwright;

namespace Naringslivsplattform.Browser.Tests;

/// <summary>
/// The product's API as an intranet system uses it, with one read-write key: how a browser test sets the scene
/// (or changes things behind the user's back) without clicking through forms it is not about.
/// </summary>
internal sealed class IntranetClient
{
    private readonly IAPIRequestContext _api;
    private readonly Dictionary<string, string> _headers;

    private IntranetClient(IAPIRequestContext api, Dictionary<string, string> headers, string planId) =>
        (_api, _headers, PlanId) = (api, headers, planId);

    public string PlanId { get; }

    public static async Task<IntranetClient> OpenAsync(BrowserFixture fixture)
    {
        var api = await fixture.NewApiRequestAsync();
        var headers = new Dictionary<string, string> { ["Authorization"] = $"ApiKey {await fixture.IssueApiKeyAsync("read-write")}" };
        var plans = await api.GetAsync("/api/v1/plans", new() { Headers = headers });
        return new IntranetClient(api, headers, (await plans.JsonAsync())!.Value[0].GetProperty("id").GetString()!);
    }

    /// <returns>The new action's id and its version as an entity tag.</returns>
    public Task<(string Id, string ETag)> PlanAsync(string activity, string kind, string title, string date) =>
        CreateAsync($"/api/v1/plans/{PlanId}/actions", new { activityCode = activity, kind, title, plannedFrom = date, locality = "Vilhelmina", responsibleOfficial = "Per Planerare" });

    /// <returns>The new company's id.</returns>
    public async Task<string> RegisterCompanyAsync(string organisationNumber, string name, string sni, string locality) =>
        (await CreateAsync("/api/v1/companies", new { organisationNumber, name, sniCodes = new[] { sni }, locality, sizeClass = "1-4" })).Id;

    /// <param name="visitors">Each visitor's name and role (Official or Politician).</param>
    /// <returns>The new visit's id and its version as an entity tag.</returns>
    public Task<(string Id, string ETag)> PlanVisitAsync(string companyId, string date, params (string Name, string Role)[] visitors) =>
        CreateAsync("/api/v1/visits", new { companyId, plannedOn = date, visitors = visitors.Select(v => new { name = v.Name, role = v.Role }).ToArray() });

    /// <summary>Creates a resource with a POST; asserts it was created.</summary>
    /// <returns>The new resource's id and its version as an entity tag.</returns>
    public async Task<(string Id, string ETag)> CreateAsync(string url, object body)
    {
        var created = await _api.PostAsync(url, new() { Headers = _headers, DataObject = body });
        Assert.True(created.Status == 201, $"POST {url}: {created.Status} {await created.TextAsync()}");
        return ((await created.JsonAsync())!.Value.GetProperty("id").GetString()!, created.Headers["etag"]);
    }

    /// <summary>A change to an existing resource, based on <paramref name="etag"/>; asserts it was accepted.</summary>
    public async Task ChangeAsync(string url, string etag, object body)
    {
        var response = await _api.PostAsync(url, new() { Headers = new Dictionary<string, string>(_headers) { ["If-Match"] = etag }, DataObject = body });
        Assert.Equal(200, response.Status);
    }

    /// <returns>The new company's id and its version as an entity tag.</returns>
    public Task<(string Id, string ETag)> RegisterCompanyAsync(string organisationNumber, bool soleTrader, string name) =>
        CreateAsync("/api/v1/companies", new { organisationNumber, soleTrader, name, sniCodes = new[] { "55101" }, locality = "Saxnäs", sizeClass = "1-4" });

    /// <returns>The company's version after the contact was added, as an entity tag.</returns>
    public async Task<string> AddContactAsync(string companyId, string etag, string name, string? phone = null)
    {
        var added = await _api.PostAsync($"/api/v1/companies/{companyId}/contacts", new()
        {
            Headers = new Dictionary<string, string>(_headers) { ["If-Match"] = etag },
            DataObject = new { name, phone },
        });
        Assert.Equal(200, added.Status);
        return added.Headers["etag"];
    }

    /// <returns>The new company's id; its organisation number is fresh, so the test never collides with another.</returns>
    public async Task<string> RegisterCompanyAsync(string name) => (await RegisterCompanyAsync(FreshOrganisationNumber(), false, name)).Id;

    /// <returns>The new follow-up's id.</returns>
    public async Task<string> OpenFollowUpAsync(string companyId, string need, string owner, DateOnly openedOn, DateOnly dueOn) =>
        (await CreateAsync("/api/v1/follow-ups", new { companyId, need, category = "Permits", owner, openedOn, dueOn })).Id;

    /// <summary>A valid legal entity's number (digits 3–4 at least 20, Luhn check digit) no other test uses.</summary>
    private static string FreshOrganisationNumber()
    {
        var first = string.Concat(Random.Shared.Next(10, 100), Random.Shared.Next(20, 100), Random.Shared.Next(10_000, 100_000));
        var sum = first.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"{first[..6]}-{first[6..]}{(10 - sum % 10) % 10}";
    }

    public async Task<JsonElement> GetAsync(string url) =>
        (await (await _api.GetAsync(url, new() { Headers = _headers })).JsonAsync())!.Value;
}
