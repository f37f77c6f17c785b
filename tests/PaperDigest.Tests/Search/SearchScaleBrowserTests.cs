using Microsoft.Playwright;
using PaperDigest.Building;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Tests.Search;

/// <summary>
/// The search page over the index of a large synthetic digest (10,000 entries; <c>PAPERDIGEST_SEARCH_ENTRIES</c> sets
/// another count), served as a static host would, in a fresh Chromium context per query: first queries find the paper
/// and download little. The time to results is printed, not asserted (it depends on the machine); the benchmark
/// program's <c>--search</c> measures it.
/// </summary>
public sealed class SearchScaleBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task First_queries_on_a_large_digest_find_the_paper_and_download_little()
    {
        TestTools.Require(TestTools.Chromium);

        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var built = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, root) { MadeFiles = SharedImages.Memo });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        // The sample's search page, over the synthetic digest's index.
        var digest = LargeSearchDigest.Instance;
        var papers = digest.Papers;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "search"), "*.json"))
        {
            File.Delete(file);
        }

        foreach (var file in digest.Index.Files)
        {
            await File.WriteAllBytesAsync(Path.Combine(root, "search", file.Name), file.Bytes, TestContext.Current.CancellationToken);
        }

        var middle = papers[papers.Length / 2].Paper;
        var queries = SearchTiming.QueriesFor(middle.Arxiv!, middle.Authors[0].Name, middle.Title);

        await using var server = await StaticSiteServer.StartAsync(root);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);

        foreach (var query in queries)
        {
            var timed = await SearchTiming.FirstQueryAsync(browser, server.BaseUrl, query);
            output.WriteLine($"{papers.Length} entries, {timed.Describe()}");

            Assert.True(timed.Shown > 0, $"'{query}' found nothing");
            Assert.True(timed.Bytes < 1_500_000, $"'{query}' downloaded {timed.Bytes} bytes");
            if (query == middle.Arxiv)
            {
                Assert.Equal($"/papers/{middle.Slug}/", timed.FirstHref);
            }
        }
    }
}
