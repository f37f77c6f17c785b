using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using PaperDigest.MicroBenchmarks;

// dotnet run -c Release --project tests/PaperDigest.MicroBenchmarks -- --filter '*'
// Without a --job option the short job runs (one process, 3 warm-ups, 3 iterations per benchmark): a few minutes on two cores.
// Reports go to BenchmarkDotNet.Artifacts/ beside the binaries (under bin/, so never committed) unless --artifacts says otherwise.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
if (!args.Any(a => a is "--job" or "-j"))
{
    config = config.AddJob(Job.ShortRun);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(FrontMatterBenchmarks).Assembly).Run(args, config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
