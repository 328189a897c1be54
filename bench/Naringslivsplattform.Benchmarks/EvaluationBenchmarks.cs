using System.Globalization;
using BenchmarkDotNet.Attributes;
using Naringslivsplattform.BuildingBlocks.Time;

namespace Naringslivsplattform.Benchmarks;

/// <summary>
/// The annual evaluation at Vilhelmina's scale (120 companies) and a large municipality's (1000): the refresh the
/// daemon runs after every page of new events, one evaluation made afresh from the events as of a day, and the PDF
/// report. Results and how to read them: docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessRun))]
public class EvaluationBenchmarks
{
    /// <summary>The plan's last year; the demo data has visits and actions in both of its years.</summary>
    private const int Year = 2024;

    private DemoMunicipality? _municipality;

    private string _today = "";

    [Params(120, 1000)]
    public int Companies { get; set; }

    private DemoMunicipality Municipality => _municipality ?? throw new InvalidOperationException("The global setup has not run.");

    [GlobalSetup]
    public async Task FillAsync()
    {
        _municipality = await DemoMunicipalities.OfSizeAsync(Companies);

        // The demo data's events were appended today, so today is the one day "as of" sees all of them.
        _today = SwedishTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "RefreshAllAsync, every plan-year")]
    public Task<int> RefreshAll() => Municipality.RefreshAllAsync();

    [Benchmark(Description = "GET evaluations/2024?asOf=today")]
    public Task<byte[]> EvaluationAsOfToday() => Municipality.GetAsync($"/api/v1/evaluations/{Year}?asOf={_today}");

    [Benchmark(Description = "GET evaluations/2024/report.pdf")]
    public Task<byte[]> ReportPdf() => Municipality.GetAsync($"/api/v1/evaluations/{Year}/report.pdf");
}
