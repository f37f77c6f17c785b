using System.Text;
using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Feeds;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// A feed item carries a write-up of up to <see cref="FeedContent.MaxWriteUpBytes"/> whole; a longer one stays whole
/// on its page, while every feed format carries its summary and a link to the page, and the build says so (PD0123).
/// </summary>
public sealed class FeedItemSizeTests
{
    private const string PageUrl = TinyDigest.BaseUrl + "/papers/long-read/";

    [Fact]
    public void A_write_up_over_the_cap_is_whole_on_its_page_and_a_summary_with_a_link_in_every_feed()
    {
        using var temp = new TempFolder();
        var (site, result) = Build(temp, LongBody(FeedContent.MaxWriteUpBytes));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FeedItemCapped);
        Assert.False(warning.IsError);
        Assert.EndsWith("input/papers/2025/long.md:8:1", warning.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("FeedContent.MaxWriteUpBytes", warning.Message, StringComparison.Ordinal);

        Assert.Contains("The last paragraph.", File.ReadAllText(Path.Combine(site, "papers", "long-read", "index.html")), StringComparison.Ordinal);
        foreach (var content in ItemContents(site, "Long read"))
        {
            Assert.DoesNotContain("The last paragraph.", content, StringComparison.Ordinal);
            Assert.Contains("<p>The first paragraph, which the summary is made of.</p>", content, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{PageUrl}\">{FeedContent.ReadMore}</a>", content, StringComparison.Ordinal);
            Assert.True(Encoding.UTF8.GetByteCount(content) < 2048, $"{content.Length} characters in a capped item");
        }

        // The short paper beside it keeps its whole write-up.
        Assert.All(ItemContents(site, "Short read"), c => Assert.Contains("A short write-up.", c, StringComparison.Ordinal));
    }

    [Fact]
    public void A_write_up_at_the_cap_is_carried_whole_without_a_warning()
    {
        using var temp = new TempFolder();
        var (site, result) = Build(temp, LongBody(FeedContent.MaxWriteUpBytes * 3 / 4));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.FeedItemCapped);
        Assert.All(ItemContents(site, "Long read"), c => Assert.Contains("The last paragraph.", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Feeds_do_not_grow_with_the_size_of_long_write_ups_while_pages_do()
    {
        using var small = new TempFolder();
        using var large = new TempFolder();
        var (smallSite, _) = Build(small, LongBody(100 * 1024));
        var (largeSite, _) = Build(large, LongBody(800 * 1024));
        foreach (var feed in new[] { "feed.xml", "atom.xml", "feed.json", "tags/testing/feed.xml" })
        {
            var grown = new FileInfo(Path.Combine(largeSite, feed)).Length - new FileInfo(Path.Combine(smallSite, feed)).Length;
            Assert.True(grown == 0, $"{feed} grew by {grown} bytes");
        }

        var page = Path.Combine("papers", "long-read", "index.html");
        Assert.True(new FileInfo(Path.Combine(largeSite, page)).Length > 7 * new FileInfo(Path.Combine(smallSite, page)).Length);
    }

    /// <summary>
    /// A first paragraph for the summary, then paragraphs up to <paramref name="length"/> characters of Markdown (whose
    /// HTML is about a fifth longer), then a last one.
    /// </summary>
    private static string LongBody(int length)
    {
        var body = new StringBuilder("The first paragraph, which the summary is made of.\n\n");
        const string paragraph = "A paragraph of the long write-up, with *some emphasis* in it.\n\n";
        while (body.Length < length)
        {
            body.Append(paragraph);
        }

        return body.Append("The last paragraph.\n").ToString();
    }

    private static (string Site, BuildResult Result) Build(TempFolder temp, string body)
    {
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/long.md", TinyDigest.Entry("Long read", "2025-01-02", body, extra: "slug: long-read\n")),
            ("2025/short.md", TinyDigest.Entry("Short read", "2025-01-03", "A short write-up.", extra: "slug: short-read\n")));
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (temp.Combine("site"), result);
    }

    /// <summary>The HTML content of the item titled <paramref name="title"/> in the RSS, Atom and JSON feeds of the site.</summary>
    private static IReadOnlyList<string> ItemContents(string site, string title)
    {
        var rss = RssXml.Channel(RssXml.Load(Path.Combine(site, "feed.xml"))).Elements("item").Single(i => (string?)i.Element("title") == title);
        var atom = AtomXml.Feed(Path.Combine(site, "atom.xml")).Elements(AtomXml.Ns + "entry").Single(e => (string?)e.Element(AtomXml.Ns + "title") == title);
        using var json = JsonFeed.Load(Path.Combine(site, "feed.json"));
        var item = JsonFeed.Items(json).Single(i => JsonFeed.String(i, "title") == title);
        return [(string)rss.Element(RssXml.Content + "encoded")!, (string)atom.Element(AtomXml.Ns + "content")!, JsonFeed.String(item, "content_html")];
    }
}
