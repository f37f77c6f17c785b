using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Benchmarks;

/// <summary>
/// <c>--serve</c>: the published <c>paperdigest serve</c> on the generated digest as a child process, one paper's page
/// open in headless Chromium, then rounds of saved edits: one to the paper's write-up, one to its title and one to a
/// theme partial the page uses. For each, the time from the file write to the live-reload event reaching a listener
/// and to the open page showing the new text (after it reloaded itself); medians printed. Reported, never asserted.
/// </summary>
internal static class ServeBenchmark
{
    private const string WriteUp = "write-up edit";
    private const string Title = "title edit";
    private const string Template = "template edit";

    /// <summary>The partial edited: the tag chips, on paper pages and on every card of the listings.</summary>
    private const string Partial = "partials/chips.sbn-html";

    /// <summary>Between edits, as between an editor's saves, so each is measured on its own.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(3);

    /// <summary>Prints the timings; false when the server or the page did not get there.</summary>
    /// <param name="command">The CLI: an executable, or <c>dotnet</c> and the dll.</param>
    public static async Task<bool> RunAsync(string[] command, string work, string input, string repoTheme, SyntheticEntry paper, int rounds)
    {
        Console.WriteLine();
        if (!HeadlessChromium.IsInstalled)
        {
            Console.WriteLine($"Serve: {HeadlessChromium.Path} not found; skipped (on Debian: apt-get install chromium).");
            return true;
        }

        // The theme is a copy, so the partial can be edited; the output and its cache start empty.
        var theme = Path.Combine(work, "serve-theme");
        var output = Path.Combine(work, "serve-output");
        CopyFolder(repoTheme, theme);
        foreach (var folder in new[] { output, PaperDigest.Writing.StagedOutput.DefaultCacheFolder(output) }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var entry = Path.Combine(input, DigestGenerator.RelativePath(paper));
        var partial = Path.Combine(theme, Partial);
        var (originalEntry, originalPartial) = (File.ReadAllText(entry), File.ReadAllText(partial));
        Console.WriteLine($"Serve: {string.Join(' ', command.Select(Path.GetFileName))} serve, {LoadAverage()}; first build...");
        var clock = Stopwatch.StartNew();
        using var serve = ServeChild.Start(command, input, theme, output);
        if (!await serve.WaitUntilServingAsync(TimeSpan.FromMinutes(15)))
        {
            Console.Error.WriteLine($"benchmark: paperdigest serve did not start serving:\n{serve.Output}");
            return false;
        }

        Console.WriteLine($"  serving after {clock.Elapsed.TotalSeconds:0.0} s");
        await using var events = ReloadEvents.Listen(serve.BaseUrl);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var url = new Uri(serve.BaseUrl, $"papers/{paper.Arxiv}/").ToString();
        await page.GotoAsync(url);
        Console.WriteLine($"  {url} open in Chromium {browser.Version}; {rounds} round(s) of edits, {Pause.TotalSeconds:0} s apart:");
        await Task.Delay(Pause);

        var timings = new List<ServeEditTimed>();
        for (var round = 1; round <= rounds; round++)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"Serve benchmark note {round}");
            var title = string.Create(CultureInfo.InvariantCulture, $"Serve benchmark title {round}");
            var chip = string.Create(CultureInfo.InvariantCulture, $"Serve benchmark template {round}");
            (string Kind, string Path, string Text, string Shown)[] edits =
            [
                (WriteUp, entry, originalEntry + $"\n\n{note}.\n", note),
                (Title, entry, originalEntry.Replace("title: \"", $"title: \"{title}: ", StringComparison.Ordinal), title),
                (Template, partial, originalPartial + $"\n<p class=\"bench-template\">{chip}</p>\n", chip),
            ];
            foreach (var (kind, path, text, shown) in edits)
            {
                var timed = await TimeEditAsync(page, events, kind, round, path, text, shown, kind == Template ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(2));
                if (timed is null)
                {
                    Console.Error.WriteLine($"benchmark: the page did not show the {kind} of round {round}:\n{serve.Output}");
                    return false;
                }

                Console.WriteLine($"  round {round} {kind,-14} reload event {timed.EventMilliseconds,7:0} ms   page shows it {timed.PageMilliseconds,7:0} ms   (server build {timed.BuildMilliseconds} ms)");
                timings.Add(timed);
                await Task.Delay(Pause);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Serve, {LoadAverage()}; medians over {rounds} round(s), from the file write:");
        Console.WriteLine();
        Console.WriteLine("| Edit | Live-reload event | Page shows the change | Server's build |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var kind in new[] { WriteUp, Title, Template })
        {
            var of = timings.Where(t => t.Kind == kind).ToList();
            Console.WriteLine($"| {kind} | {Median(of.Select(t => t.EventMilliseconds)):0} ms | {Median(of.Select(t => t.PageMilliseconds)):0} ms | {Median(of.Select(t => (double)t.BuildMilliseconds)):0} ms |");
        }

        File.WriteAllText(entry, originalEntry);
        File.WriteAllText(partial, originalPartial);
        return true;
    }

    /// <summary>Saves <paramref name="text"/> to <paramref name="path"/> and waits for the open page to show <paramref name="shown"/>.</summary>
    private static async Task<ServeEditTimed?> TimeEditAsync(IPage page, ReloadEvents events, string kind, int round, string path, string text, string shown, TimeSpan timeout)
    {
        var written = Stopwatch.GetTimestamp();
        File.WriteAllText(path, text);
        try
        {
            await page.WaitForFunctionAsync("t => document.body !== null && document.body.textContent.includes(t)", shown,
                new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 5 });
        }
        catch (TimeoutException)
        {
            return null;
        }

        var shownAt = Stopwatch.GetTimestamp();
        var reload = await events.NextAfterAsync(written, TimeSpan.FromSeconds(5));
        return new ServeEditTimed(
            kind,
            round,
            reload is null ? double.NaN : Stopwatch.GetElapsedTime(written, reload.Timestamp).TotalMilliseconds,
            Stopwatch.GetElapsedTime(written, shownAt).TotalMilliseconds,
            reload?.BuildMilliseconds ?? -1);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    /// <summary>The machine's load averages over 1, 5 and 15 minutes (Linux), to judge how noisy the figures are.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $"load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "load average unknown";

    private static void CopyFolder(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
