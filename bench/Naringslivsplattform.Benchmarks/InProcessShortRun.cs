using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Naringslivsplattform.Benchmarks;

/// <summary>
/// BenchmarkDotNet's ShortRun (1 launch, 3 warm-up and 3 measured iterations) in this process. In-process, because
/// filling a municipality with 1000 companies takes minutes: a process per benchmark would fill it again each time,
/// and on a 2-core machine the whole run should stay within about ten minutes (docs/benchmarks.md).
/// </summary>
internal sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
