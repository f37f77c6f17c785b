using System.Xml.Linq;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary><c>/newsletter/feed.xml</c>: one item per finished week, its content the week's e-mail edition.</summary>
public sealed class NewsletterFeedTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    [Fact]
    public void Each_finished_week_is_an_item_with_its_edition_and_the_week_in_progress_waits()
    {
        using var temp = new TempFolder();
        // 2025-03-10 and 2025-03-12 fall in ISO week 11 (Monday 10 March), 2025-03-18 in week 12.
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/one.md", TinyDigest.Entry("First of week eleven", "2025-03-10", "Body one.")),
            ("2025/two.md", TinyDigest.Entry("Second of week eleven", "2025-03-12", "Body two.")),
            ("2025/three.md", TinyDigest.Entry("Only paper of week twelve", "2025-03-18", "Body three.")));

        // On Sunday 23 March week 12 is still in progress: only week 11 is sent.
        var during = temp.Combine("during");
        Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, during, Today: new DateOnly(2025, 3, 23))).Succeeded);
        var items = Items(Path.Combine(during, "newsletter", "feed.xml"));
        var item = Assert.Single(items);
        Assert.EndsWith("/newsletter/2025-W11.html", (string?)item.Element("guid"), StringComparison.Ordinal);
        Assert.Equal("true", (string?)item.Element("guid")!.Attribute("isPermaLink"));
        Assert.EndsWith("/weeks/2025-W11/", (string?)item.Element("link"), StringComparison.Ordinal);
        Assert.StartsWith("Mon, 17 Mar 2025", (string?)item.Element("pubDate"), StringComparison.Ordinal);
        var edition = (string?)item.Element(Content + "encoded") ?? "";
        Assert.Contains("First of week eleven", edition, StringComparison.Ordinal);
        Assert.Contains("Second of week eleven", edition, StringComparison.Ordinal);
        Assert.DoesNotContain("week twelve", edition, StringComparison.Ordinal);
        // The body of the e-mail, its styles inline: no document wrapper inside an item.
        Assert.DoesNotContain("<html", edition, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("style=", edition, StringComparison.Ordinal);

        // From Monday 24 March week 12 is finished and comes first.
        var after = temp.Combine("after");
        Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, after, Today: new DateOnly(2025, 3, 24))).Succeeded);
        Assert.Equal(["/newsletter/2025-W12.html", "/newsletter/2025-W11.html"],
            Items(Path.Combine(after, "newsletter", "feed.xml")).Select(i => new Uri((string)i.Element("guid")!).AbsolutePath));
    }

    [Fact]
    public async Task Universal_Feed_Parser_reads_the_newsletter_feed()
    {
        TestTools.Require(TestTools.FeedParser);
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/one.md", TinyDigest.Entry("First of week eleven", "2025-03-10", "Body one.")),
            ("2025/three.md", TinyDigest.Entry("Only paper of week twelve", "2025-03-18", "Body three.")));
        var site = temp.Combine("site");
        Assert.True(SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, site, Today: new DateOnly(2025, 3, 24))).Succeeded);

        var parsed = await UniversalFeedParser.ParseAsync(Path.Combine(site, "newsletter", "feed.xml"));

        Assert.False(parsed.Bozo, parsed.BozoException);
        Assert.Equal("rss20", parsed.Version);
        Assert.Equal(2, parsed.Count);
    }

    private static List<XElement> Items(string path) => [.. XDocument.Load(path).Root!.Element("channel")!.Elements("item")];
}
