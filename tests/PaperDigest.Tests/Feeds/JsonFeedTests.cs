using System.Text.Json;
using AngleSharp.Html.Parser;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary><c>/feed.json</c> and <c>/tags/&lt;tag&gt;/feed.json</c> of the sample site, read as JSON Feed 1.1.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class JsonFeedTests(SampleSiteFixture fixture)
{
    private ExpectedDigest Digest => fixture.Digest;

    [Fact]
    public void Every_json_feed_declares_version_1_1_and_its_feed_and_home_page_urls()
    {
        foreach (var expected in ExpectedFeed.All(Digest))
        {
            Assert.True(fixture.Site.Exists(expected.Json), $"{expected.Json} is missing");
            using var feed = JsonFeed.Load(fixture.Site.FileOf(expected.Json));
            var root = feed.RootElement;
            Assert.Equal(Digest.Absolute(expected.Json), JsonFeed.String(root, "feed_url"));
            Assert.Equal(Digest.Absolute(expected.PagePath), JsonFeed.String(root, "home_page_url"));
            Assert.Equal(Digest.Language, JsonFeed.String(root, "language"));
            Assert.False(string.IsNullOrWhiteSpace(JsonFeed.String(root, "description")));
            Assert.StartsWith(Digest.Title, JsonFeed.String(root, "title"), StringComparison.Ordinal);
            Assert.Equal([Digest.Title], JsonFeed.Names(root, "authors"));
        }
    }

    [Fact]
    public void Every_item_has_id_url_title_dates_authors_tags_summary_and_content_html()
    {
        foreach (var expected in ExpectedFeed.All(Digest))
        {
            using var feed = JsonFeed.Load(fixture.Site.FileOf(expected.Json));
            var items = JsonFeed.Items(feed);
            Assert.Equal(Math.Min(expected.Papers.Count, Digest.FeedItems), items.Count);
            Assert.Equal(expected.Papers.Select(p => Digest.Absolute(p.Path)).Order(StringComparer.Ordinal),
                items.Select(i => JsonFeed.String(i, "url")).Order(StringComparer.Ordinal));
            var ids = items.Select(i => JsonFeed.String(i, "id")).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            var dates = items.Select(i => AtomXml.Rfc3339(JsonFeed.String(i, "date_published"))).ToList();
            for (var i = 1; i < dates.Count; i++)
            {
                Assert.True(dates[i] <= dates[i - 1], $"{expected.Json}: item {i + 1} is newer than item {i}");
            }

            foreach (var item in items)
            {
                var paper = PaperOf(item);
                Assert.Equal(paper.Title, JsonFeed.String(item, "title"));
                Assert.Equal(paper.Date, DateOnly.FromDateTime(AtomXml.Rfc3339(JsonFeed.String(item, "date_published")).DateTime));
                Assert.Equal(paper.Date, DateOnly.FromDateTime(AtomXml.Rfc3339(JsonFeed.String(item, "date_modified")).DateTime));
                Assert.Equal(paper.ArxivAbsUrl, JsonFeed.OptionalString(item, "external_url"));
                Assert.Equal(paper.Authors, JsonFeed.Names(item, "authors"));
                Assert.Equal(paper.Tags.Select(t => Digest.Tag(t).Name).Order(StringComparer.Ordinal),
                    item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal));
                var summary = JsonFeed.String(item, "summary");
                Assert.False(string.IsNullOrWhiteSpace(summary), $"{paper.Path} has no summary");
                if (paper.Tldr is not null)
                {
                    Assert.Equal(paper.Tldr, summary);
                }

                var document = new HtmlParser().ParseDocument(JsonFeed.String(item, "content_html"));
                Assert.All(paper.Snippets, s => Assert.Contains(s, WriteUpSnippets.Normalise(document.Body!.TextContent), StringComparison.Ordinal));
                foreach (var url in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
                {
                    Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https",
                        $"{paper.Path}: content_html links to '{url}', which a feed reader cannot open");
                }
            }
        }
    }

    [Fact]
    public void Json_ids_are_the_rss_guids_in_the_same_order()
    {
        foreach (var expected in ExpectedFeed.All(Digest))
        {
            var guids = RssXml.Channel(RssXml.Load(fixture.Site.FileOf(expected.Rss))).Elements("item").Select(i => (string?)i.Element("guid"));
            using var feed = JsonFeed.Load(fixture.Site.FileOf(expected.Json));
            Assert.Equal(guids, JsonFeed.Items(feed).Select(i => (string?)JsonFeed.String(i, "id")));
        }
    }

    private ExpectedPaper PaperOf(JsonElement item)
    {
        var url = JsonFeed.String(item, "url");
        var paper = Digest.Papers.SingleOrDefault(p => Digest.Absolute(p.Path) == url);
        Assert.True(paper is not null, $"the item url '{url}' is not the address of a paper");
        return paper;
    }
}
