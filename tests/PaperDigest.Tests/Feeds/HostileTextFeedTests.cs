using PaperDigest.Building;
using PaperDigest.Tests.Site;
using Xunit.Abstractions;

namespace PaperDigest.Tests.Feeds;

/// <summary>Feeds stay well-formed and readable whatever editors type: markup, entities, quotes, bidi marks, emoji, "]]>".</summary>
public sealed class HostileTextFeedTests(ITestOutputHelper output)
{
    private static readonly string[] Feeds = ["feed.xml", "tags/hostile/feed.xml", "tags/testing/feed.xml"];

    [Fact]
    public async Task Hostile_text_builds_into_well_formed_feeds_that_feed_readers_accept()
    {
        using var temp = new TempFolder();
        var input = HostileDigest.Create(temp.Combine("input"));
        var site = temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, site));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var feed in Feeds)
        {
            var channel = RssXml.Channel(RssXml.Load(Path.Combine(site, feed)));
            Assert.StartsWith(HostileDigest.SiteTitle, (string?)channel.Element("title"), StringComparison.Ordinal);
            foreach (var item in channel.Elements("item"))
            {
                Assert.NotNull(item.Element(RssXml.Content + "encoded"));
            }
        }

        var siteFeed = RssXml.Channel(RssXml.Load(Path.Combine(site, "feed.xml")));
        var paper = siteFeed.Elements("item").Single(i => (string?)i.Element("link") == "https://hostile.example.org/papers/hostile-paper/");
        Assert.Equal(HostileDigest.PaperTitle, (string?)paper.Element("title"));
        Assert.Equal(HostileDigest.Authors, paper.Elements(RssXml.Dc + "creator").Select(c => c.Value));
        Assert.Contains(HostileDigest.TagName, paper.Elements("category").Select(c => c.Value));
        var encoded = paper.Element(RssXml.Content + "encoded")!.Value;
        Assert.Contains("]]", encoded, StringComparison.Ordinal);
        Assert.Contains("🚀", encoded, StringComparison.Ordinal);

        if (!UniversalFeedParser.Available(output))
        {
            return;
        }

        var results = await Task.WhenAll(Feeds.Select(f => UniversalFeedParser.ParseAsync(Path.Combine(site, f))));
        foreach (var (feed, parsed) in Feeds.Zip(results))
        {
            Assert.False(parsed.Bozo, $"{feed} is bozo: {parsed.BozoException}");
            Assert.Equal(feed == "tags/testing/feed.xml" ? 1 : 2, parsed.Count);
            Assert.Equal(parsed.Ids.Count, parsed.Ids.Distinct(StringComparer.Ordinal).Count());
        }
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
        if (UniversalFeedParser.Available(output))
        {
            Assert.False((await UniversalFeedParser.ParseAsync(Path.Combine(site, "feed.xml"))).Bozo);
        }
    }
}
