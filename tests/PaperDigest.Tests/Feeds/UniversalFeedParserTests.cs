using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// Every feed of the sample (the site's and each tag's, RSS, Atom and JSON Feed) as Universal Feed Parser reads it.
/// Skipped with a message in the test output when python3-feedparser is missing, unless CI is set (then it fails);
/// see <see cref="UniversalFeedParser"/>. JSON feeds go through feedparser only where it reads JSON Feed (6.1+).
/// </summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class UniversalFeedParserTests(SampleSiteFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_feed_parses_without_bozo_with_every_paper_once()
    {
        TestTools.Require(TestTools.FeedParser);

        var digest = fixture.Digest;
        var readsJson = UniversalFeedParser.ReadsJsonFeed(output);
        var files = ExpectedFeed.All(digest)
            .SelectMany(f => (readsJson ? f.Files : [f.Rss, f.Atom]).Select(path => (Feed: f, Path: path)))
            .ToList();
        var parsed = await UniversalFeedParser.ParseAllAsync([.. files.Select(f => fixture.Site.FileOf(f.Path))]);
        foreach (var ((expected, path), feed) in files.Zip(parsed))
        {
            Assert.False(feed.Bozo, $"{path} is bozo: {feed.BozoException}");
            Assert.Equal(path.EndsWith(".json", StringComparison.Ordinal) ? "json11" : path.EndsWith("atom.xml", StringComparison.Ordinal) ? "atom10" : "rss20", feed.Version);
            var papers = expected.Papers.Take(digest.FeedItems).ToList();
            Assert.Equal(Math.Min(digest.FeedItems, expected.Papers.Count), feed.Count);
            Assert.DoesNotContain("", feed.Ids);
            Assert.Equal(feed.Ids.Count, feed.Ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(papers.Select(p => p.Title).Order(StringComparer.Ordinal), feed.Titles.Order(StringComparer.Ordinal));
            foreach (var paper in papers.Where(p => p.ArxivUrn is not null))
            {
                Assert.Contains(paper.ArxivUrn, feed.Ids);
            }
        }

        // One paper has one id, whichever format a subscriber picked.
        foreach (var group in files.Zip(parsed).GroupBy(f => f.First.Feed))
        {
            var rss = group.First().Second.Ids;
            Assert.All(group, f => Assert.Equal(rss, f.Second.Ids));
            using var json = JsonFeed.Load(fixture.Site.FileOf(group.Key.Json));
            Assert.Equal(rss, JsonFeed.Items(json).Select(i => JsonFeed.String(i, "id")));
        }
    }
}
