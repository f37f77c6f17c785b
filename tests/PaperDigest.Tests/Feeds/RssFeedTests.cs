using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary><c>/feed.xml</c> and <c>/tags/&lt;tag&gt;/feed.xml</c> of the sample site, read as RSS 2.0.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class RssFeedTests(SampleSiteFixture fixture)
{
    private ExpectedDigest Digest => fixture.Digest;

    [Fact]
    public void The_site_feed_is_well_formed_rss_2_with_a_complete_channel()
    {
        var channel = RssXml.Channel(RssXml.Load(fixture.Site.FileOf("/feed.xml")));
        Assert.Equal(Digest.Title, (string?)channel.Element("title"));
        Assert.Equal(Digest.Absolute("/"), (string?)channel.Element("link"));
        Assert.Equal(Digest.Description, (string?)channel.Element("description"));
        Assert.Equal(Digest.Language, (string?)channel.Element("language"));
        var self = Assert.Single(channel.Elements(RssXml.Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(Digest.Absolute("/feed.xml"), (string?)self.Attribute("href"));
    }

    [Fact]
    public void LastBuildDate_is_the_newest_paper_day_not_the_clock()
    {
        var channel = RssXml.Channel(RssXml.Load(fixture.Site.FileOf("/feed.xml")));
        var lastBuild = RssXml.Rfc822((string?)channel.Element("lastBuildDate"));
        var newest = Digest.Papers.Max(p => p.Date);
        Assert.Equal(newest, DateOnly.FromDateTime(lastBuild.DateTime));
        Assert.Equal(Digest.TimeZone.GetUtcOffset(newest.ToDateTime(TimeOnly.MinValue)), lastBuild.Offset);
    }

    [Fact]
    public void The_site_feed_has_one_item_per_paper_newest_first()
    {
        var items = Items("/feed.xml");
        Assert.Equal(Math.Min(Digest.Papers.Count, Digest.FeedItems), items.Count);
        Assert.Equal(Digest.Papers.Select(p => Digest.Absolute(p.Path)).Order(StringComparer.Ordinal),
            items.Select(i => (string)i.Element("link")!).Order(StringComparer.Ordinal));
        AssertNewestFirst(items);
    }

    [Fact]
    public void Every_item_carries_title_link_guid_date_authors_tags_and_summary()
    {
        var items = Items("/feed.xml");
        var guids = items.Select(i => (string?)i.Element("guid")).ToList();
        Assert.Equal(guids.Count, guids.Distinct(StringComparer.Ordinal).Count());
        foreach (var item in items)
        {
            var paper = PaperOf(item);
            Assert.Equal(paper.Title, (string?)item.Element("title"));

            var guid = item.Element("guid")!;
            if (paper.ArxivUrn is not null)
            {
                Assert.Equal(paper.ArxivUrn, guid.Value);
                Assert.Equal("false", (string?)guid.Attribute("isPermaLink"));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(guid.Value));
                if ((string?)guid.Attribute("isPermaLink") != "false")
                {
                    Assert.True(Uri.TryCreate(guid.Value, UriKind.Absolute, out _), $"guid '{guid.Value}' claims to be a permalink but is not a URL");
                }
            }

            var published = RssXml.Rfc822((string?)item.Element("pubDate"));
            Assert.Equal(paper.Date, DateOnly.FromDateTime(published.DateTime));
            Assert.Equal(paper.Authors, item.Elements(RssXml.Dc + "creator").Select(c => c.Value));
            Assert.Equal(paper.Tags.Select(t => Digest.Tag(t).Name).Order(StringComparer.Ordinal),
                item.Elements("category").Select(c => c.Value).Order(StringComparer.Ordinal));
            var description = (string?)item.Element("description");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{paper.Path} has no description");
            if (paper.Tldr is not null)
            {
                Assert.Equal(paper.Tldr, description);
            }
        }
    }

    [Fact]
    public void Content_encoded_holds_the_whole_write_up_with_absolute_urls()
    {
        foreach (var item in Items("/feed.xml"))
        {
            var paper = PaperOf(item);
            var html = Assert.Single(item.Elements(RssXml.Content + "encoded")).Value;
            Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"#", html, StringComparison.Ordinal);

            var document = new HtmlParser().ParseDocument(html);
            var text = WriteUpSnippets.Normalise(document.Body!.TextContent);
            Assert.All(paper.Snippets, s => Assert.Contains(s, text, StringComparison.Ordinal));
            foreach (var url in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https",
                    $"{paper.Path}: content:encoded links to '{url}', which a feed reader cannot open");
            }
        }

        // The one site link written in the sample's Markdown comes out pointing at the site.
        var active = Items("/feed.xml").Single(i => (string)i.Element("link")! == Digest.Absolute("/papers/2309.12991/"));
        Assert.Contains($"href=\"{Digest.Absolute("/papers/2207.00467/")}\"", active.Element(RssXml.Content + "encoded")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_tag_feed_holds_exactly_the_papers_of_its_tag()
    {
        foreach (var tag in Digest.Tags)
        {
            var feedPath = $"{tag.Path}feed.xml";
            Assert.True(fixture.Site.Exists(feedPath), $"{feedPath} is missing");
            var channel = RssXml.Channel(RssXml.Load(fixture.Site.FileOf(feedPath)));
            Assert.Equal(Digest.Absolute(tag.Path), (string?)channel.Element("link"));
            var self = Assert.Single(channel.Elements(RssXml.Atom + "link"), l => (string?)l.Attribute("rel") == "self");
            Assert.Equal(Digest.Absolute(feedPath), (string?)self.Attribute("href"));
            Assert.Contains(tag.Name, (string?)channel.Element("title"), StringComparison.Ordinal);

            var items = channel.Elements("item").ToList();
            Assert.Equal(Digest.PapersTagged(tag.Slug).Select(p => Digest.Absolute(p.Path)).Order(StringComparer.Ordinal),
                items.Select(i => (string)i.Element("link")!).Order(StringComparer.Ordinal));
            AssertNewestFirst(items);
        }
    }

    [Fact]
    public void Feeds_hold_at_most_feed_items_items_the_newest_ones()
    {
        using var temp = new TempFolder();
        var site = TinyDigest.SiteYml.Replace("feed_items: 20", "feed_items: 2", StringComparison.Ordinal);
        var input = TinyDigest.Create(temp.Combine("input"), site, TinyDigest.TagsYml,
            ("2025/a.md", TinyDigest.Entry("Oldest paper", "2025-01-01", "The oldest paper of the three.", extra: "slug: oldest\n")),
            ("2025/b.md", TinyDigest.Entry("Middle paper", "2025-01-02", "The middle paper of the three.", extra: "slug: middle\n")),
            ("2025/c.md", TinyDigest.Entry("Newest paper", "2025-01-03", "The newest paper of the three.", extra: "slug: newest\n")));
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var feed in new[] { "feed.xml", "tags/testing/feed.xml" })
        {
            var channel = RssXml.Channel(RssXml.Load(temp.Combine("site", feed)));
            Assert.Equal(["Newest paper", "Middle paper"], channel.Elements("item").Select(i => (string?)i.Element("title")));
            Assert.Equal(new DateOnly(2025, 1, 3), DateOnly.FromDateTime(RssXml.Rfc822((string?)channel.Element("lastBuildDate")).DateTime));
        }
    }

    private List<XElement> Items(string feedPath) => [.. RssXml.Channel(RssXml.Load(fixture.Site.FileOf(feedPath))).Elements("item")];

    private ExpectedPaper PaperOf(XElement item)
    {
        var link = (string?)item.Element("link");
        var paper = Digest.Papers.SingleOrDefault(p => Digest.Absolute(p.Path) == link);
        Assert.True(paper is not null, $"the item link '{link}' is not the address of a paper");
        return paper;
    }

    private static void AssertNewestFirst(List<XElement> items)
    {
        var dates = items.Select(i => RssXml.Rfc822((string?)i.Element("pubDate"))).ToList();
        for (var i = 1; i < dates.Count; i++)
        {
            Assert.True(dates[i] <= dates[i - 1], $"item {i + 1} ({dates[i]:yyyy-MM-dd}) is newer than item {i} ({dates[i - 1]:yyyy-MM-dd})");
        }
    }
}
