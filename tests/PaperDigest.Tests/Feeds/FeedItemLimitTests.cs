using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>What feeds hold in every format: at most <c>feed_items</c> items, the newest; and a tag without papers still has valid feeds.</summary>
public sealed class FeedItemLimitTests
{
    [Fact]
    public void Atom_and_json_feeds_hold_at_most_feed_items_items_the_newest_ones()
    {
        using var temp = new TempFolder();
        var site = Build(temp);
        foreach (var page in new[] { "", "tags/testing/" })
        {
            var feed = AtomXml.Feed(Path.Combine(site, page, "atom.xml"));
            Assert.Equal(["Newest paper", "Middle paper"], feed.Elements(AtomXml.Ns + "entry").Select(e => (string?)e.Element(AtomXml.Ns + "title")));
            Assert.Equal(new DateTimeOffset(2025, 1, 3, 0, 0, 0, TimeSpan.Zero), AtomXml.Rfc3339((string?)feed.Element(AtomXml.Ns + "updated")));

            using var json = JsonFeed.Load(Path.Combine(site, page, "feed.json"));
            Assert.Equal(["Newest paper", "Middle paper"], JsonFeed.Items(json).Select(i => JsonFeed.String(i, "title")));
        }
    }

    [Fact]
    public void A_tag_without_papers_has_empty_but_valid_feeds_dated_by_the_newest_paper_of_the_digest()
    {
        using var temp = new TempFolder();
        var site = Build(temp);
        var rss = RssXml.Channel(RssXml.Load(Path.Combine(site, "tags", "other", "feed.xml")));
        Assert.Empty(rss.Elements("item"));
        Assert.Equal(new DateOnly(2025, 1, 3), DateOnly.FromDateTime(RssXml.Rfc822((string?)rss.Element("lastBuildDate")).DateTime));

        // RFC 4287 requires feed-level id, title and updated even with no entries.
        var atom = AtomXml.Feed(Path.Combine(site, "tags", "other", "atom.xml"));
        Assert.Empty(atom.Elements(AtomXml.Ns + "entry"));
        Assert.Equal($"{TinyDigest.BaseUrl}/tags/other/", (string?)atom.Element(AtomXml.Ns + "id"));
        Assert.Equal(new DateTimeOffset(2025, 1, 3, 0, 0, 0, TimeSpan.Zero), AtomXml.Rfc3339((string?)atom.Element(AtomXml.Ns + "updated")));

        using var json = JsonFeed.Load(Path.Combine(site, "tags", "other", "feed.json"));
        Assert.Empty(JsonFeed.Items(json));
    }

    private static string Build(TempFolder temp)
    {
        var site = TinyDigest.SiteYml.Replace("feed_items: 20", "feed_items: 2", StringComparison.Ordinal);
        var input = TinyDigest.Create(temp.Combine("input"), site, TinyDigest.TagsYml,
            ("2025/a.md", TinyDigest.Entry("Oldest paper", "2025-01-01", "The oldest paper of the three.", extra: "slug: oldest\n")),
            ("2025/b.md", TinyDigest.Entry("Middle paper", "2025-01-02", "The middle paper of the three.", extra: "slug: middle\n")),
            ("2025/c.md", TinyDigest.Entry("Newest paper", "2025-01-03", "The newest paper of the three.", extra: "slug: newest\n")));
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return temp.Combine("site");
    }
}
