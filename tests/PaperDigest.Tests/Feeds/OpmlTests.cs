using System.Xml.Linq;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary><c>/feeds.opml</c> of the sample site: one subscription per feed a reader can import at once.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class OpmlTests(SampleSiteFixture fixture)
{
    private ExpectedDigest Digest => fixture.Digest;

    [Fact]
    public void The_opml_file_is_well_formed_opml_2_with_a_title()
    {
        var opml = Load();
        Assert.Equal("2.0", (string?)opml.Attribute("version"));
        var title = (string?)Assert.Single(opml.Elements("head")).Element("title");
        Assert.Contains(Digest.Title, title, StringComparison.Ordinal);
        Assert.Single(opml.Elements("body"));
    }

    [Fact]
    public void It_lists_the_site_feed_and_every_tag_feed_once_each_under_tags()
    {
        var body = Load().Element("body")!;
        var site = Assert.Single(body.Elements("outline"), o => (string?)o.Attribute("type") == "rss");
        Assert.Equal(Digest.Absolute("/feed.xml"), (string?)site.Attribute("xmlUrl"));
        Assert.Equal(Digest.Absolute("/"), (string?)site.Attribute("htmlUrl"));
        Assert.Equal(Digest.Title, (string?)site.Attribute("text"));

        var tags = Assert.Single(body.Elements("outline"), o => o.Attribute("type") is null);
        Assert.Equal("Tags", (string?)tags.Attribute("text"));
        var outlines = tags.Elements("outline").ToList();
        Assert.Equal(Digest.Tags.Select(t => Digest.Absolute($"{t.Path}feed.xml")), outlines.Select(o => (string?)o.Attribute("xmlUrl")));
        foreach (var (tag, outline) in Digest.Tags.Zip(outlines))
        {
            Assert.Equal("rss", (string?)outline.Attribute("type"));
            Assert.Contains(tag.Name, (string?)outline.Attribute("text"), StringComparison.Ordinal);
            Assert.Equal(Digest.Absolute(tag.Path), (string?)outline.Attribute("htmlUrl"));
        }
    }

    [Fact]
    public void Every_subscription_points_at_a_feed_and_a_page_the_site_has()
    {
        var subscriptions = Load().Descendants("outline").Where(o => (string?)o.Attribute("type") == "rss").ToList();
        Assert.Equal(Digest.Tags.Count + 1, subscriptions.Count);
        foreach (var outline in subscriptions)
        {
            foreach (var attribute in new[] { "xmlUrl", "htmlUrl" })
            {
                var url = (string?)outline.Attribute(attribute);
                Assert.True(url is not null && url.StartsWith(Digest.BaseUrl + "/", StringComparison.Ordinal), $"{attribute} '{url}' is not on the site");
                var sitePath = url[Digest.BaseUrl.Length..];
                Assert.True(fixture.Site.Exists(sitePath), $"feeds.opml lists {url}, but the site has no {SitePaths.ToFile(sitePath)}");
            }

            Assert.Equal("rss20", ParseVersion((string)outline.Attribute("xmlUrl")!));
        }
    }

    private XElement Load()
    {
        Assert.True(fixture.Site.Exists("/feeds.opml"), "the site has no /feeds.opml");
        var opml = RssXml.Load(fixture.Site.FileOf("/feeds.opml")).Root!;
        Assert.Equal("opml", opml.Name.LocalName);
        return opml;
    }

    /// <summary>The subscription's target really is an RSS 2.0 document.</summary>
    private string ParseVersion(string url)
    {
        var root = RssXml.Load(fixture.Site.FileOf(url[Digest.BaseUrl.Length..])).Root!;
        return root.Name.LocalName == "rss" && (string?)root.Attribute("version") == "2.0" ? "rss20" : root.Name.LocalName;
    }
}
