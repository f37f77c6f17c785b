using PaperDigest.Tests.Site;
using Xunit.Abstractions;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// The sample's feeds as Universal Feed Parser reads them. Skipped with a message in the test output when
/// python3-feedparser is missing, unless CI is set (then it fails); see <see cref="UniversalFeedParser"/>.
/// </summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class UniversalFeedParserTests(SampleSiteFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_feed_parses_without_bozo_with_every_paper_once()
    {
        if (!UniversalFeedParser.Available(output))
        {
            return;
        }

        var digest = fixture.Digest;
        var feeds = new List<(string Path, IReadOnlyList<ExpectedPaper> Papers)> { ("/feed.xml", digest.Papers) };
        feeds.AddRange(digest.Tags.Select(t => ($"{t.Path}feed.xml", digest.PapersTagged(t.Slug))));

        var parsed = await Task.WhenAll(feeds.Select(f => UniversalFeedParser.ParseAsync(fixture.Site.FileOf(f.Path))));
        foreach (var ((path, papers), feed) in feeds.Zip(parsed))
        {
            Assert.False(feed.Bozo, $"{path} is bozo: {feed.BozoException}");
            Assert.Equal(papers.Count, feed.Count);
            Assert.Equal(feed.Ids.Count, feed.Ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(papers.Select(p => p.Title).Order(StringComparer.Ordinal), feed.Titles.Order(StringComparer.Ordinal));
            foreach (var paper in papers.Where(p => p.Arxiv is not null))
            {
                Assert.Contains($"urn:arxiv:{paper.Arxiv}", feed.Ids);
            }
        }
    }
}
