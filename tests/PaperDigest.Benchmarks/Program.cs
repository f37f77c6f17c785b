using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Benchmarks;
using PaperDigest.Building;

// dotnet run -c Release --project tests/PaperDigest.Benchmarks -- [--entries N] [--work DIR] [--runs R] [--hugo] [--no-stages] [--search] [--serve [--edits E]] [--cli PATH]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: PaperDigest.Benchmarks [--entries N (10000)] [--work DIR (temp)] [--runs R (3)] [--hugo] [--no-stages] [--search] [--seed S]");
    Console.Error.WriteLine("                              [--serve [--edits E (5)]]: time edits under `paperdigest serve` in Chromium instead of builds");
    Console.Error.WriteLine("                              [--cli PATH]: the paperdigest.dll (or executable) to run instead of artifacts/paperdigest/");
    return 2;
}

var root = RepoRoot.Find();
if (root is null)
{
    Console.Error.WriteLine("benchmark: cannot find the repository root (the folder holding PaperDigest.sln) above the current folder or the benchmark's binaries.");
    return 2;
}

// The published, precompiled CLI (as a deployment runs it) if there is one, else the Release build.
var published = Path.Combine(root, "artifacts", "paperdigest", "paperdigest.dll");
var cli = options.Cli ?? (File.Exists(published) ? published : Path.Combine(root, "src", "PaperDigest.Cli", "bin", "Release", "net10.0", "paperdigest.dll"));
if (!File.Exists(cli))
{
    Console.Error.WriteLine("benchmark: no PaperDigest CLI; publish it first with `dotnet publish src/PaperDigest.Cli -c Release -r linux-x64 --self-contained false -o artifacts/paperdigest`.");
    return 2;
}

// A self-contained publish (its runtime config names the frameworks it includes) runs as its own executable.
var selfContained = File.Exists(Path.ChangeExtension(cli, null))
    && File.ReadAllText(Path.ChangeExtension(cli, ".runtimeconfig.json")).Contains("includedFrameworks", StringComparison.Ordinal);
string[] command = selfContained ? [Path.ChangeExtension(cli, null)] : ["dotnet", cli];
Console.WriteLine($"PaperDigest CLI: {Path.GetRelativePath(root, command[^1])}{(selfContained ? " (self-contained)" : "")}");

var theme = Path.Combine(root, "theme");
var work = options.Work ?? Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"paperdigest-bench-{options.Entries}"));
var input = Path.Combine(work, "input");
var output = Path.Combine(work, "output");
Console.WriteLine($"PaperDigest benchmark: {options.Entries:N0} entries, {options.Runs} run(s), median reported; work folder {work}");
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeDescription()}");

var clock = Stopwatch.StartNew();
var digest = DigestGenerator.Generate(options.Entries, options.Seed);
DigestGenerator.WritePaperDigest(digest, input);
Console.WriteLine($"Generated {digest.Entries.Count:N0} entries ({digest.Entries[^1].Date:yyyy-MM-dd} to {digest.Entries[0].Date:yyyy-MM-dd}) and {digest.Tags.Count} tags in {clock.Elapsed.TotalSeconds:0.0} s");

var edited = digest.Entries[digest.Entries.Count / 2];
if (options.Serve)
{
    return await ServeBenchmark.RunAsync(command, work, input, theme, edited, options.Edits) ? 0 : 1;
}

var generators = new List<Generator>
{
    new(
        "PaperDigest",
        Path.Combine(input, DigestGenerator.RelativePath(edited)),
        [output, PaperDigest.Writing.StagedOutput.DefaultCacheFolder(output)],
        scenario => PaperDigestBuild(command, input, theme, output, scenario)),
};

if (options.Hugo)
{
    var hugo = MeasuredProcess.FindOnPath("hugo");
    if (hugo is null)
    {
        Console.WriteLine("Hugo: `hugo` is not on PATH; skipped (on Debian: apt-get install hugo).");
    }
    else
    {
        var hugoSite = Path.Combine(work, "hugo");
        var hugoOutput = Path.Combine(work, "hugo-public");
        HugoSite.Write(digest, hugoSite);
        var version = MeasuredProcess.Run(hugo, ["version"]).Output.Trim();
        Console.WriteLine($"Hugo: {version}");
        generators.Add(new(
            "Hugo",
            Path.Combine(hugoSite, HugoSite.RelativePath(edited)),
            [hugoOutput],
            scenario => HugoBuild(hugo, hugoSite, hugoOutput, scenario)));
    }
}

// Every file is written: let the bodies go, so that at a million entries the benchmark's own memory does not crowd
// the builds it measures.
digest = digest with { Entries = digest.Entries.Select(e => e with { Body = string.Empty }).ToList() };
GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

// Each run builds every generator in turn (cold, no change, edited), so that machine noise hits them alike.
var measurements = generators.ToDictionary(g => g.Name, _ => new List<Measured>());
for (var run = 1; run <= options.Runs; run++)
{
    foreach (var generator in generators)
    {
        // Cold means no output and no build cache.
        ClearForColdBuild(generator.ColdFolders);
        foreach (var scenario in Scenarios.All)
        {
            if (scenario == Scenarios.Edited)
            {
                AppendParagraph(generator.EditedFile, run);
            }
            else if (scenario == Scenarios.Retitled)
            {
                Retitle(generator.EditedFile, run);
            }

            var measured = generator.Build(scenario);
            if (measured is null)
            {
                return 1;
            }

            measurements[generator.Name].Add(measured);
            Console.WriteLine($"  run {run} {generator.Name,-11} {scenario,-20} {measured.Wall.TotalSeconds,7:0.00} s  {measured.Pages,8:N0} pages  {Megabytes(measured.PeakBytes),6:N0} MB");
        }
    }
}

var rows = generators
    .SelectMany(g => Scenarios.All.Select(s => Row.Median(g.Name, s, measurements[g.Name].Where(m => m.Scenario == s).ToList())))
    .ToList();

if (options.Stages)
{
    StageTimings(input, theme, Path.Combine(work, "stages-output"));
}

PrintTable(options, rows);
if (generators.Count > 1)
{
    Console.WriteLine();
    Console.WriteLine($"{string.Join(" and ", generators.Select(g => g.Name))} alternated, {options.Runs} {(options.Runs == 1 ? "run" : "runs")} each; median of each.");
}

// The output of the last build (one entry edited) is the whole site.
if (options.Search && !await SearchBenchmark.RunAsync(output, edited, options.Entries))
{
    return 1;
}

return 0;

static Measured? PaperDigestBuild(string[] command, string input, string theme, string output, string scenario)
{
    var result = MeasuredProcess.Run(command[0], [.. command[1..], "build", "--input", input, "--theme", theme, "--output", output]);
    if (result.ExitCode != 0)
    {
        Console.Error.WriteLine($"PaperDigest build failed ({result.ExitCode}):\n{result.Output}{result.Error}");
        return null;
    }

    // "Built 10,000 papers into '…': 13,456 pages, 640 feeds, 14,200 files in 5.43 s"
    var summary = BuiltLine().Match(result.Output);
    if (!summary.Success)
    {
        Console.Error.WriteLine($"benchmark: cannot read the build summary from:\n{result.Output}");
        return null;
    }

    var pages = int.Parse(summary.Groups["pages"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    var seconds = double.Parse(summary.Groups["seconds"].Value, CultureInfo.InvariantCulture);
    return new Measured(scenario, result.Wall, TimeSpan.FromSeconds(seconds), pages, result.PeakBytes);
}

static Measured? HugoBuild(string hugo, string site, string output, string scenario)
{
    var result = MeasuredProcess.Run(hugo, ["--quiet", "-s", site, "-d", output]);
    if (result.ExitCode != 0)
    {
        Console.Error.WriteLine($"Hugo failed ({result.ExitCode}):\n{result.Output}{result.Error}");
        return null;
    }

    // Hugo prints no page count when quiet: count the HTML pages it wrote (including its page/1/ redirects).
    var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
    return new Measured(scenario, result.Wall, null, pages, result.PeakBytes);
}

static void ClearForColdBuild(IEnumerable<string> folders)
{
    foreach (var folder in folders.Where(Directory.Exists))
    {
        Directory.Delete(folder, recursive: true);
    }

    // Let the file system finish the deletion (on ext4, creating files right after deleting tens of thousands is
    // slow) before the next, measured build starts.
    if (MeasuredProcess.FindOnPath("sync") is { } sync)
    {
        using var process = Process.Start(sync) ?? throw new InvalidOperationException($"could not start {sync}");
        process.WaitForExit();
    }

    Thread.Sleep(TimeSpan.FromSeconds(2));
}

// A new title shows on the paper's page and on every listing, feed and search file that names the paper.
static void Retitle(string path, int run)
{
    var text = File.ReadAllText(path);
    var at = text.IndexOf("title: \"", StringComparison.Ordinal) + "title: \"".Length;
    File.WriteAllText(path, string.Concat(text.AsSpan(0, at), string.Create(CultureInfo.InvariantCulture, $"Retitled in run {run}: "), text.AsSpan(at)));
}

static void AppendParagraph(string path, int run) =>
    File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture, $"\n\nAn editor's note added for benchmark run {run}, changing this entry only.\n"));

static void StageTimings(string input, string theme, string output)
{
    // One more build, in this process, timing the stages SiteBuilder reports (first build of the process: JIT included).
    var stages = new List<(string Stage, TimeSpan At)>();
    var clock = Stopwatch.StartNew();
    var result = SiteBuilder.Build(new BuildOptions(input, theme, output), stage => stages.Add((stage, clock.Elapsed)));
    var end = clock.Elapsed;
    Console.WriteLine();
    Console.WriteLine($"Where the time goes (one in-process cold build, {result.Pages:N0} pages, {result.ErrorCount} errors):");
    for (var i = 0; i < stages.Count; i++)
    {
        var next = i + 1 < stages.Count ? stages[i + 1].At : end;
        Console.WriteLine($"  {stages[i].Stage,-32} {(next - stages[i].At).TotalSeconds,6:0.00} s");
    }

    if (Directory.Exists(output))
    {
        Directory.Delete(output, recursive: true);
    }
}

static void PrintTable(BenchOptions options, List<Row> rows)
{
    Console.WriteLine();
    Console.WriteLine($"{options.Entries:N0} entries, median of {options.Runs} run(s); wall time is the whole process (start-up included), peak memory its maximum resident set.");
    Console.WriteLine();
    Console.WriteLine("| Generator | Build | Wall time | Build time (own) | Pages written | Pages/s | Peak memory |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
    foreach (var row in rows)
    {
        var own = row.BuildTime is { } t ? $"{t.TotalSeconds:0.00} s" : "–";
        Console.WriteLine($"| {row.Tool} | {row.Scenario} | {row.Wall.TotalSeconds:0.00} s | {own} | {row.Pages:N0} | {row.Pages / row.Wall.TotalSeconds:N0} | {Megabytes(row.PeakBytes):N0} MB |");
    }

    // Each rebuild as a share of PaperDigest's own cold build, whole processes both.
    var cold = rows.Single(r => r.Tool == "PaperDigest" && r.Scenario == Scenarios.Cold);
    Console.WriteLine();
    Console.WriteLine("| PaperDigest rebuild | Wall time ÷ cold build |");
    Console.WriteLine("|---|---:|");
    foreach (var rebuild in rows.Where(r => r.Tool == "PaperDigest" && r.Scenario != Scenarios.Cold))
    {
        Console.WriteLine($"| {rebuild.Scenario} | {rebuild.Wall.TotalSeconds / cold.Wall.TotalSeconds * 100:0.0}% |");
    }

    var hugoRows = rows.Where(r => r.Tool == "Hugo").ToList();
    if (hugoRows.Count == 0)
    {
        return;
    }

    Console.WriteLine();
    Console.WriteLine("| Build | PaperDigest time ÷ Hugo time | PaperDigest pages/s ÷ Hugo pages/s | PaperDigest memory ÷ Hugo memory |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var hugo in hugoRows)
    {
        var ours = rows.Single(r => r.Tool == "PaperDigest" && r.Scenario == hugo.Scenario);
        var time = ours.Wall.TotalSeconds / hugo.Wall.TotalSeconds;
        var rate = ours.Pages / ours.Wall.TotalSeconds / (hugo.Pages / hugo.Wall.TotalSeconds);
        var memory = (double)ours.PeakBytes / hugo.PeakBytes;
        Console.WriteLine($"| {hugo.Scenario} | {time:0.00}× | {rate:0.00}× | {memory:0.00}× |");
    }
}

static string RuntimeDescription() => $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";

static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

internal static partial class Program
{
    [GeneratedRegex(@"Built .* (?<pages>[0-9][0-9,]*) pages?, .* in (?<seconds>[0-9]+\.[0-9]+) s")]
    private static partial Regex BuiltLine();
}

internal static class Scenarios
{
    public const string Cold = "cold (empty output)";
    public const string NoChange = "rebuild, no change";
    public const string Edited = "rebuild, 1 entry edited";
    public const string Retitled = "rebuild, 1 title edited";

    public static readonly string[] All = [Cold, NoChange, Edited, Retitled];
}

/// <summary>A site generator under test: its edited source file, what a cold build clears, and one measured build.</summary>
internal sealed record Generator(string Name, string EditedFile, string[] ColdFolders, Func<string, Measured?> Build);

/// <summary>One build of one run.</summary>
internal sealed record Measured(string Scenario, TimeSpan Wall, TimeSpan? BuildTime, int Pages, long PeakBytes);

/// <summary>A table row: the median of each figure over the runs.</summary>
internal sealed record Row(string Tool, string Scenario, TimeSpan Wall, TimeSpan? BuildTime, int Pages, long PeakBytes)
{
    public static Row Median(string tool, string scenario, List<Measured> runs) => new(
        tool,
        scenario,
        MedianOf(runs.Select(r => r.Wall)),
        runs.All(r => r.BuildTime is not null) ? MedianOf(runs.Select(r => r.BuildTime!.Value)) : null,
        MedianOf(runs.Select(r => r.Pages)),
        MedianOf(runs.Select(r => r.PeakBytes)));

    private static T MedianOf<T>(IEnumerable<T> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <param name="Serve">Time edits under <c>paperdigest serve</c> (<see cref="ServeBenchmark"/>), <paramref name="Edits"/> rounds, instead of builds.</param>
/// <param name="Cli">The CLI to run instead of the published one.</param>
internal sealed record BenchOptions(int Entries, string? Work, int Runs, bool Hugo, bool Stages, bool Search, int Seed, bool Serve = false, int Edits = 5, string? Cli = null)
{
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(10_000, null, 3, false, true, false, DigestGenerator.DefaultSeed);
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--entries" when int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0:
                    options = options with { Entries = n };
                    break;
                case "--runs" when int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r > 0:
                    options = options with { Runs = r };
                    break;
                case "--seed" when int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
                    options = options with { Seed = s };
                    break;
                case "--work" when Next() is { } dir:
                    options = options with { Work = Path.GetFullPath(dir) };
                    break;
                case "--hugo":
                    options = options with { Hugo = true };
                    break;
                case "--no-stages":
                    options = options with { Stages = false };
                    break;
                case "--search":
                    options = options with { Search = true };
                    break;
                case "--serve":
                    options = options with { Serve = true };
                    break;
                case "--edits" when int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var e) && e > 0:
                    options = options with { Edits = e };
                    break;
                case "--cli" when Next() is { } path && File.Exists(path):
                    options = options with { Cli = Path.GetFullPath(path) };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}

/// <summary>Finds the repository root: the nearest folder holding PaperDigest.sln above the current folder or the binaries.</summary>
internal static class RepoRoot
{
    public static string? Find() => Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory);

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperDigest.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
