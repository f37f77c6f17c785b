using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using PaperDigest.Search;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// A reader's first query on a served site's search page, in a fresh browser context (empty caches): the time to
/// results and the index files downloaded. Shared by the search tests and the benchmark program (which links this file).
/// </summary>
internal static class SearchTiming
{
    /// <summary>Types a query into the search page's box and resolves when its results are in the page: elapsed and reported ms.</summary>
    public const string TypeAndTime = """
        async (q) => {
          const input = document.getElementById('search-q');
          const list = document.getElementById('search-results');
          const done = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (list.dataset.query === q) { observer.disconnect(); resolve(performance.now()); }
            });
            observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
          });
          const start = performance.now();
          input.focus();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const end = await done;
          return { ms: end - start, reported: Number(list.dataset.ms), count: list.children.length };
        }
        """;

    /// <summary>
    /// The queries a reader might type to find one paper: its arXiv id, its first author's surname, the longest word of
    /// its title, that word's first three letters (a prefix query), and the word with the surname.
    /// </summary>
    public static string[] QueriesFor(string arxiv, string firstAuthor, string title)
    {
        var surname = firstAuthor.Split(' ')[^1];
        var titleWord = PaperDigest.Indexing.TextAnalysis.English.Terms(title).OrderBy(t => t.Length).Last();
        return [arxiv, surname, titleWord, titleWord[..3], $"{titleWord} {surname}"];
    }

    public static async Task<SearchTimed> FirstQueryAsync(IBrowser browser, Uri site, string query)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        var page = await context.NewPageAsync();
        var downloads = new ConcurrentBag<SearchDownload>();
        var pending = new ConcurrentBag<Task>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/search/", StringComparison.Ordinal) && response.Url.EndsWith(".json", StringComparison.Ordinal))
            {
                pending.Add(Task.Run(async () => downloads.Add(new(response.Url[(response.Url.LastIndexOf('/') + 1)..], (await response.BodyAsync()).Length))));
            }
        };

        await page.GotoAsync("/search/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var result = await page.EvaluateAsync<JsonElement>(TypeAndTime, query);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Task.WhenAll(pending);

        var shown = result.GetProperty("count").GetInt32();
        var firstHref = shown > 0 ? await page.Locator("#search-results .search-result-title a").First.GetAttributeAsync("href") : null;
        return new SearchTimed(
            query,
            result.GetProperty("ms").GetDouble(),
            shown,
            firstHref,
            [.. downloads.OrderBy(d => d.Name, StringComparer.Ordinal)]);
    }
}
