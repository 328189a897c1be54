using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Naringslivsplattform.Api.Tests;

/// <summary>
/// A company's ties reach the Companies module through the relays in the background (ADR 0012): tests poll until the
/// ties are as expected, and fail with what they were after a generous wait.
/// </summary>
internal static class CompanyTiesReader
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonArray> WaitForAsync(HttpClient caller, object companyId, Func<JsonArray, bool> expected)
    {
        var ties = await ReadAsync(caller, companyId);
        for (var attempt = 0; attempt < 300 && !expected(ties); attempt++)
        {
            await Task.Delay(100, Ct);
            ties = await ReadAsync(caller, companyId);
        }

        Assert.True(expected(ties), $"The ties of {companyId} never became as expected: {ties.ToJsonString()}");
        return ties;
    }

    public static async Task<JsonArray> ReadAsync(HttpClient caller, object companyId) =>
        (await caller.GetFromJsonAsync<JsonArray>($"/api/v1/companies/{companyId}/ties", Ct))!;
}
