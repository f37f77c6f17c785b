using System.Diagnostics;
using System.Text.Json;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// Runs Universal Feed Parser (Python's <c>feedparser</c>), the library behind many feed readers, on our feeds.
/// <para>
/// Uses Debian's <c>/usr/bin/python3</c> when it exists (a pyenv <c>python3</c> earlier on PATH usually lacks the
/// apt-installed module), else <c>python3</c>. A test that uses it first calls
/// <c>TestTools.Require(TestTools.FeedParser)</c>: skipped where Python or the module is missing, failed under CI.
/// </para>
/// </summary>
internal static class UniversalFeedParser
{
    /// <summary>Parses every path given and prints one JSON object per feed, in order, as a JSON array.</summary>
    private const string Script =
        "import feedparser, json, sys\n"
        + "out = []\n"
        + "for path in sys.argv[1:]:\n"
        + "    d = feedparser.parse(path)\n"
        + "    out.append({'bozo': d.bozo, 'exc': str(d.get('bozo_exception', '')), 'version': d.get('version', '') or '', "
        + "'n': len(d.entries), 'ids': [e.get('id', '') for e in d.entries], 'titles': [e.get('title', '') for e in d.entries]})\n"
        + "print(json.dumps(out))\n";

    /// <summary>Whether this feedparser reads JSON Feed (6.1 and later do; Debian's 6.0 does not).</summary>
    private const string JsonCheck = "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('feedparser.parsers.json') else 3)";

    private static readonly Lazy<bool> JsonFeed = new(() => TestTools.FeedParser.Problem is null && RunAsync(["-c", JsonCheck]).GetAwaiter().GetResult().Exit == 0);

    public static string Python { get; } = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    /// <summary>
    /// True when feedparser also reads JSON Feed; otherwise writes why JSON feeds are left to the System.Text.Json
    /// checks. Call only after <c>TestTools.Require(TestTools.FeedParser)</c>.
    /// </summary>
    public static bool ReadsJsonFeed(ITestOutputHelper output)
    {
        if (!JsonFeed.Value)
        {
            output.WriteLine("NOTE: this feedparser (Debian's python3-feedparser 6.0) cannot read JSON Feed; feed.json files are checked with System.Text.Json only.");
        }

        return JsonFeed.Value;
    }

    public static async Task<ParsedFeed> ParseAsync(string path) => (await ParseAllAsync([path]))[0];

    /// <summary>Parses several feeds in one Python process, which saves starting one per feed.</summary>
    public static async Task<IReadOnlyList<ParsedFeed>> ParseAllAsync(IReadOnlyList<string> paths)
    {
        var (exit, stdout, stderr) = await RunAsync(["-c", Script, .. paths]);
        Assert.True(exit == 0, $"feedparser failed on {string.Join(", ", paths)} (exit {exit}):\n{stderr}");
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.EnumerateArray().Zip(paths, (root, path) => Read(path, root))];
    }

    private static ParsedFeed Read(string path, JsonElement root)
    {
        var bozo = root.GetProperty("bozo");
        return new ParsedFeed(
            path,
            bozo.ValueKind == JsonValueKind.True || (bozo.ValueKind == JsonValueKind.Number && bozo.GetInt32() != 0),
            root.GetProperty("exc").GetString() ?? "",
            root.GetProperty("version").GetString() ?? "",
            root.GetProperty("n").GetInt32(),
            [.. root.GetProperty("ids").EnumerateArray().Select(e => e.GetString() ?? "")],
            [.. root.GetProperty("titles").EnumerateArray().Select(e => e.GetString() ?? "")]);
    }

    /// <summary>Null when feedparser can run; otherwise why not.</summary>
    public static string? FindProblem() => FindModuleProblem("feedparser");

    /// <summary>Why <see cref="Python"/> cannot import <paramref name="module"/>, or null when it can.</summary>
    public static string? FindModuleProblem(string module)
    {
        try
        {
            var (exit, _, stderr) = RunAsync(["-c", "import " + module]).GetAwaiter().GetResult();
            return exit == 0 ? null : $"{Python} cannot import {module} ({stderr.Trim().Split('\n')[^1]})";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"{Python} cannot be started ({ex.Message})";
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Python} did not finish within 60 s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
