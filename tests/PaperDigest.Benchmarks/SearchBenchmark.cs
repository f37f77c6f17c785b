using Microsoft.Playwright;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Benchmarks;

/// <summary>
/// <c>--search</c>: the built digest served over HTTP on 127.0.0.1 as a static host would, and a reader's first query
/// on its search page in headless Chromium, each in a fresh browser context (empty caches): the median time from
/// typing to results over a few queries for one paper, and what they downloaded.
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>Prints the timings; false when a query found nothing (the figures would mean nothing).</summary>
    public static async Task<bool> RunAsync(string site, SyntheticEntry paper, int entries)
    {
        Console.WriteLine();
        if (!HeadlessChromium.IsInstalled)
        {
            Console.WriteLine($"Search: {HeadlessChromium.Path} not found; skipped (on Debian: apt-get install chromium).");
            return true;
        }

        await using var server = await StaticSiteServer.StartAsync(site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        Console.WriteLine($"Search: first queries on {server.BaseUrl}search/ in Chromium {browser.Version}, each in a fresh context:");

        var timings = new List<SearchTimed>();
        foreach (var query in SearchTiming.QueriesFor(paper.Arxiv, paper.Authors[0], paper.Title))
        {
            var timed = await SearchTiming.FirstQueryAsync(browser, server.BaseUrl, query);
            Console.WriteLine($"  {timed.Describe()}");
            timings.Add(timed);
        }

        var ms = timings.Select(t => t.Milliseconds).Order().ToList();
        var kB = timings.Select(t => t.Bytes / 1e3).Order().ToList();
        Console.WriteLine($"Search, {entries:N0} entries: median {ms[ms.Count / 2]:0} ms from typing to results ({ms[0]:0}–{ms[^1]:0} ms) "
            + $"over {timings.Count} first queries; median {kB[kB.Count / 2]:0} kB of index downloaded ({kB[0]:0}–{kB[^1]:0} kB).");

        var empty = timings.Where(t => t.Shown == 0).Select(t => $"'{t.Query}'").ToList();
        if (empty.Count > 0)
        {
            Console.Error.WriteLine($"benchmark: the search found nothing for {string.Join(", ", empty)}.");
        }

        return empty.Count == 0;
    }
}
