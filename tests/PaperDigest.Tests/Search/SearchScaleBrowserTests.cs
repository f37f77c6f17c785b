using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using PaperDigest.Building;
using PaperDigest.Search;
using PaperDigest.Tests.Browser;
using Xunit.Abstractions;

namespace PaperDigest.Tests.Search;

/// <summary>
/// The search page over the index of a large synthetic digest (10,000 entries; <c>PAPERDIGEST_SEARCH_ENTRIES</c> sets
/// another count), served as a static host would, in a fresh Chromium per query: how long a first query takes and how
/// much it downloads. Prints the figures the README records.
/// </summary>
public sealed class SearchScaleBrowserTests(ITestOutputHelper output)
{
    private static int Entries => int.TryParse(Environment.GetEnvironmentVariable("PAPERDIGEST_SEARCH_ENTRIES"), CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : 10_000;

    [Fact]
    public async Task First_queries_on_a_large_digest_download_little_and_answer_fast()
    {
        if (!TestTools.RequireChromium(output))
        {
            return;
        }

        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var built = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, root));
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        // The sample's search page, over the synthetic digest's index.
        var papers = SyntheticPapers.Make(Entries);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "search"), "*.json"))
        {
            File.Delete(file);
        }

        foreach (var file in SearchIndexBuilder.Build(SearchPapers.Site(), SearchPapers.Tags, papers, SearchPapers.Words).Files)
        {
            await File.WriteAllBytesAsync(Path.Combine(root, "search", file.Name), file.Bytes);
        }

        var middle = papers[papers.Length / 2].Paper;
        var surname = middle.Authors[0].Split(' ')[^1];
        var titleWord = SearchText.Terms(middle.Title, StopWords.English).OrderBy(t => t.Length).Last();
        string[] queries = [middle.Arxiv!, surname, titleWord, titleWord[..3], $"{titleWord} {surname}"];

        await using var server = await StaticSiteServer.StartAsync(root);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestTools.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });

        foreach (var query in queries)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl.ToString() });
            var page = await context.NewPageAsync();
            var downloads = new ConcurrentBag<(string Name, int Bytes)>();
            var pending = new ConcurrentBag<Task>();
            page.Response += (_, response) =>
            {
                if (response.Url.Contains("/search/", StringComparison.Ordinal) && response.Url.EndsWith(".json", StringComparison.Ordinal))
                {
                    pending.Add(Task.Run(async () => downloads.Add((response.Url[(response.Url.LastIndexOf('/') + 1)..], (await response.BodyAsync()).Length))));
                }
            };

            await page.GotoAsync("/search/", new() { WaitUntil = WaitUntilState.NetworkIdle });
            var result = await page.EvaluateAsync<JsonElement>(SearchBrowserTests.TypeAndTime, query);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Task.WhenAll(pending);

            var ms = result.GetProperty("ms").GetDouble();
            var bytes = downloads.Sum(d => d.Bytes);
            var firstHref = await page.Locator("#search-results .search-result-title a").First.GetAttributeAsync("href");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{papers.Length} entries, '{query}': {ms:F1} ms to results, {result.GetProperty("count").GetInt32()} shown, "
                + $"{downloads.Count} files {bytes / 1e3:F0} kB ({string.Join(", ", downloads.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"{d.Name} {d.Bytes / 1e3:F0} kB"))})"));

            Assert.True(result.GetProperty("count").GetInt32() > 0, $"'{query}' found nothing");
            Assert.True(ms < 1000, $"'{query}' took {ms} ms");
            Assert.True(bytes < 1_500_000, $"'{query}' downloaded {bytes} bytes");
            if (query == middle.Arxiv)
            {
                Assert.Equal($"/papers/{middle.Slug}/", firstHref);
            }
        }
    }
}
