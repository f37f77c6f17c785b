using AngleSharp.Html.Parser;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// Feeds (RSS, Atom, JSON Feed) and the OPML file stay well-formed and readable whatever editors type: markup,
/// entities, quotes, bidi marks, emoji, "]]>", control characters.
/// </summary>
public sealed class HostileTextFeedTests(ITestOutputHelper output)
{
    private static readonly string[] Pages = ["", "tags/hostile/", "tags/testing/"];

    private const string HostileLink = "https://hostile.example.org/papers/hostile-paper/";

    [Fact]
    public async Task Hostile_text_builds_into_well_formed_feeds_that_feed_readers_accept()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        foreach (var page in Pages)
        {
            var channel = RssXml.Channel(RssXml.Load(Path.Combine(site, page, "feed.xml")));
            Assert.StartsWith(HostileDigest.SiteTitle, (string?)channel.Element("title"), StringComparison.Ordinal);
            foreach (var item in channel.Elements("item"))
            {
                Assert.NotNull(item.Element(RssXml.Content + "encoded"));
            }
        }

        var siteFeed = RssXml.Channel(RssXml.Load(Path.Combine(site, "feed.xml")));
        var paper = siteFeed.Elements("item").Single(i => (string?)i.Element("link") == HostileLink);
        Assert.Equal(HostileDigest.PaperTitle, (string?)paper.Element("title"));
        Assert.Equal(HostileDigest.Authors, paper.Elements(RssXml.Dc + "creator").Select(c => c.Value));
        Assert.Contains(HostileDigest.TagName, paper.Elements("category").Select(c => c.Value));
        var encoded = paper.Element(RssXml.Content + "encoded")!.Value;
        Assert.Contains("]]", encoded, StringComparison.Ordinal);
        Assert.Contains("🚀", encoded, StringComparison.Ordinal);

        await AssertFeedReadersAcceptAsync(site);
    }

    [Fact]
    public void Hostile_text_comes_out_of_atom_feeds_as_written()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        foreach (var page in Pages)
        {
            var feed = AtomXml.Feed(Path.Combine(site, page, "atom.xml"));
            Assert.StartsWith(HostileDigest.SiteTitle, (string?)feed.Element(AtomXml.Ns + "title"), StringComparison.Ordinal);
            Assert.Equal(HostileDigest.SiteTitle, (string?)feed.Element(AtomXml.Ns + "author")!.Element(AtomXml.Ns + "name"));
            Assert.All(feed.Elements(AtomXml.Ns + "entry"), e => Assert.Equal("html", (string?)e.Element(AtomXml.Ns + "content")!.Attribute("type")));
        }

        var entry = AtomXml.Feed(Path.Combine(site, "atom.xml")).Elements(AtomXml.Ns + "entry")
            .Single(e => AtomXml.Link(e, "alternate", "text/html") == HostileLink);
        Assert.Equal(HostileDigest.PaperTitle, (string?)entry.Element(AtomXml.Ns + "title"));
        Assert.Equal(HostileDigest.Authors, entry.Elements(AtomXml.Ns + "author").Select(a => (string?)a.Element(AtomXml.Ns + "name")));
        Assert.Contains(HostileDigest.TagName, entry.Elements(AtomXml.Ns + "category").Select(c => (string?)c.Attribute("label")));
        var content = entry.Element(AtomXml.Ns + "content")!.Value;
        Assert.DoesNotContain("\u0001", content, StringComparison.Ordinal);
        AssertReadersSeeTheText(content);
    }

    [Fact]
    public void Hostile_text_comes_out_of_json_feeds_as_written()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        foreach (var page in Pages)
        {
            using var feed = JsonFeed.Load(Path.Combine(site, page, "feed.json"));
            Assert.StartsWith(HostileDigest.SiteTitle, JsonFeed.String(feed.RootElement, "title"), StringComparison.Ordinal);
        }

        using var siteFeed = JsonFeed.Load(Path.Combine(site, "feed.json"));
        var item = JsonFeed.Items(siteFeed).Single(i => JsonFeed.String(i, "url") == HostileLink);
        Assert.Equal(HostileDigest.PaperTitle, JsonFeed.String(item, "title"));
        Assert.Equal(HostileDigest.Authors, JsonFeed.Names(item, "authors"));
        Assert.Contains(HostileDigest.TagName, item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Tldr " + HostileDigest.Nasty, JsonFeed.String(item, "summary"));
        AssertReadersSeeTheText(JsonFeed.String(item, "content_html"));
    }

    [Fact]
    public void Hostile_text_leaves_the_opml_file_well_formed_listing_every_feed()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        var opml = RssXml.Load(Path.Combine(site, "feeds.opml")).Root!;
        var outlines = opml.Descendants("outline").Where(o => (string?)o.Attribute("type") == "rss").ToList();
        Assert.Equal(HostileDigest.SiteTitle, (string?)outlines[0].Attribute("text"));
        Assert.Contains(outlines, o => ((string?)o.Attribute("text"))?.Contains(HostileDigest.TagName, StringComparison.Ordinal) == true);
        Assert.Equal(
            ["https://hostile.example.org/feed.xml", "https://hostile.example.org/tags/hostile/feed.xml", "https://hostile.example.org/tags/testing/feed.xml"],
            outlines.Select(o => (string?)o.Attribute("xmlUrl")));
    }

    [Fact]
    public async Task A_unicode_noncharacter_in_an_entry_is_reported_or_kept_out_of_the_feeds_never_an_exception()
    {
        // U+FFFE is valid UTF-8 and valid YAML but not a character XML 1.0 allows.
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/nonchar.md", TinyDigest.Entry("Title with \uFFFE inside", "2025-01-02", "A write-up with \uFFFE inside.", extra: "slug: nonchar\n")));
        var site = temp.Combine("site");

        BuildResult result;
        try
        {
            result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, site));
        }
        catch (Exception ex) when (ex is AggregateException or ArgumentException)
        {
            Assert.Fail($"an entry holding U+FFFE made the build throw instead of reporting a diagnostic or building: {ex.GetType().Name}: {(ex.InnerException ?? ex).Message}");
            return;
        }

        if (!result.Succeeded)
        {
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("papers/2025/nonchar.md", StringComparison.Ordinal));
            Assert.False(Directory.Exists(site));
            return;
        }

        var channel = RssXml.Channel(RssXml.Load(Path.Combine(site, "feed.xml")));
        var title = (string?)Assert.Single(channel.Elements("item")).Element("title");
        Assert.Equal("Title with  inside", title?.Replace("\uFFFD", "", StringComparison.Ordinal));
        var entry = Assert.Single(AtomXml.Feed(Path.Combine(site, "atom.xml")).Elements(AtomXml.Ns + "entry"));
        Assert.Equal("Title with  inside", ((string?)entry.Element(AtomXml.Ns + "title"))?.Replace("\uFFFD", "", StringComparison.Ordinal));
        using var json = JsonFeed.Load(Path.Combine(site, "feed.json"));
        Assert.Single(JsonFeed.Items(json));
        RssXml.Load(Path.Combine(site, "feeds.opml"));
        TestTools.Require(TestTools.FeedParser);
        foreach (var feed in await UniversalFeedParser.ParseAllAsync([Path.Combine(site, "feed.xml"), Path.Combine(site, "atom.xml")]))
        {
            Assert.False(feed.Bozo, $"{feed.Path} is bozo: {feed.BozoException}");
        }
    }

    /// <summary>The write-up's hostile text is text a reader sees, not markup: no script element, "]]>" and emoji intact.</summary>
    private static void AssertReadersSeeTheText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        var text = document.Body!.TextContent;
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("]]>", text, StringComparison.Ordinal);
        Assert.Contains("🚀", text, StringComparison.Ordinal);
    }

    private static string Build(TempFolder temp)
    {
        var input = HostileDigest.Create(temp.Combine("input"));
        var site = temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, site));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    private async Task AssertFeedReadersAcceptAsync(string site)
    {
        TestTools.Require(TestTools.FeedParser);

        string[] formats = UniversalFeedParser.ReadsJsonFeed(output) ? ["feed.xml", "atom.xml", "feed.json"] : ["feed.xml", "atom.xml"];
        var files = Pages.SelectMany(page => formats.Select(format => (Page: page, File: Path.Combine(site, page, format)))).ToList();
        var results = await UniversalFeedParser.ParseAllAsync([.. files.Select(f => f.File)]);
        foreach (var ((page, file), parsed) in files.Zip(results))
        {
            Assert.False(parsed.Bozo, $"{file} is bozo: {parsed.BozoException}");
            Assert.Equal(page == "tags/testing/" ? 1 : 2, parsed.Count);
            Assert.Equal(parsed.Ids.Count, parsed.Ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains(HostileDigest.PaperTitle, parsed.Titles);
        }
    }
}
