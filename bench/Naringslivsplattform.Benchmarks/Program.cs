using BenchmarkDotNet.Running;
using Naringslivsplattform.Benchmarks;

// WebApplicationFactory finds the Host's content root through MvcTestingAppManifest.json in the current directory, as
// test runners start in the output folder; `dotnet run` starts where it was called.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

// The benchmarks run in this process (InProcessRun), so the municipalities they filled are still here to stop.
try
{
    BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
}
finally
{
    await DemoMunicipalities.DisposeAsync();
}
