using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Naringslivsplattform.Benchmarks;

/// <summary>
/// One launch, 3 warm-up and 15 measured iterations, in this process. In-process, because each process would fill its
/// municipalities again (seconds at 120 companies, most of a minute at 1000); 15 iterations rather than ShortRun's 3, because
/// the numbers are wanted on a 2-core machine that may be doing other work, and the whole run still takes a few
/// minutes (docs/benchmarks.md).
/// </summary>
internal sealed class InProcessRun : ManualConfig
{
    public InProcessRun() => AddJob(Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(15)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("InProcess"));
}
