using Naringslivsplattform.TestSupport;

namespace Naringslivsplattform.Benchmarks;

/// <summary>
/// One throwaway PostgreSQL for the whole run and one filled municipality per size, made on first use: BenchmarkDotNet
/// calls a global setup before every benchmark of every size, and filling one is by far the slowest part of a run.
/// </summary>
internal static class DemoMunicipalities
{
    private static readonly Dictionary<int, DemoMunicipality> Filled = [];
    private static PostgresServer? _server;

    public static async Task<DemoMunicipality> OfSizeAsync(int companies)
    {
        if (!Filled.TryGetValue(companies, out var municipality))
        {
            _server ??= await PostgresServer.StartAsync();
            municipality = await DemoMunicipality.FillAsync(_server, companies);
            Filled[companies] = municipality;
        }

        return municipality;
    }

    public static async Task DisposeAsync()
    {
        foreach (var municipality in Filled.Values)
        {
            await municipality.DisposeAsync();
        }

        Filled.Clear();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
