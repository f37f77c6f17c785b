using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary><c>/atom.xml</c> and <c>/tags/&lt;tag&gt;/atom.xml</c> of the sample site, read as Atom 1.0 (RFC 4287).</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class AtomFeedTests(SampleSiteFixture fixture)
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    private ExpectedDigest Digest => fixture.Digest;

    [Fact]
    public void Every_atom_feed_has_the_feed_elements_rfc_4287_requires()
    {
        foreach (var expected in ExpectedFeed.All(Digest))
        {
            Assert.True(fixture.Site.Exists(expected.Atom), $"{expected.Atom} is missing");
            var feed = AtomXml.Feed(fixture.Site.FileOf(expected.Atom));
            Assert.Equal(Digest.Absolute(expected.PagePath), (string?)feed.Element(AtomXml.Ns + "id"));
            Assert.Equal(Digest.Absolute(expected.Atom), AtomXml.Link(feed, "self", "application/atom+xml"));
            Assert.Equal(Digest.Absolute(expected.PagePath), AtomXml.Link(feed, "alternate", "text/html"));
            Assert.Equal(Digest.Language, (string?)feed.Attribute(Xml + "lang"));
            var title = (string?)feed.Element(AtomXml.Ns + "title");
            Assert.StartsWith(Digest.Title, title, StringComparison.Ordinal);
            if (expected.PagePath != "/")
            {
                Assert.Contains(Digest.Tags.Single(t => t.Path == expected.PagePath).Name, title, StringComparison.Ordinal);
            }

            // An entry without authors is valid only because the feed names one.
            var author = Assert.Single(feed.Elements(AtomXml.Ns + "author"));
            Assert.Equal(Digest.Title, (string?)author.Element(AtomXml.Ns + "name"));
        }
    }

    [Fact]
    public void Updated_is_the_newest_paper_day_in_the_digest_time_zone_not_the_clock()
    {
        foreach (var expected in ExpectedFeed.All(Digest).Where(f => f.Papers.Count > 0))
        {
            var feed = AtomXml.Feed(fixture.Site.FileOf(expected.Atom));
            var updated = AtomXml.Rfc3339((string?)feed.Element(AtomXml.Ns + "updated"));
            var newest = expected.Papers.Max(p => p.Date);
            Assert.Equal(newest.ToDateTime(TimeOnly.MinValue), updated.DateTime);
            Assert.Equal(Digest.TimeZone.GetUtcOffset(newest.ToDateTime(TimeOnly.MinValue)), updated.Offset);
        }
    }

    [Fact]
    public void Every_entry_has_id_title_updated_link_authors_categories_summary_and_content()
    {
        foreach (var expected in ExpectedFeed.All(Digest))
        {
            var entries = Entries(expected.Atom);
            Assert.Equal(Math.Min(expected.Papers.Count, Digest.FeedItems), entries.Count);
            Assert.Equal(expected.Papers.Select(p => Digest.Absolute(p.Path)).Order(StringComparer.Ordinal),
                entries.Select(e => AtomXml.Link(e, "alternate", "text/html")).Order(StringComparer.Ordinal));
            var ids = entries.Select(e => (string?)e.Element(AtomXml.Ns + "id") ?? "").ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

            var updated = entries.Select(e => AtomXml.Rfc3339((string?)e.Element(AtomXml.Ns + "updated"))).ToList();
            for (var i = 1; i < updated.Count; i++)
            {
                Assert.True(updated[i] <= updated[i - 1], $"{expected.Atom}: entry {i + 1} is newer than entry {i}");
            }

            foreach (var entry in entries)
            {
                var paper = PaperOf(entry);
                var id = (string?)entry.Element(AtomXml.Ns + "id");
                Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _), $"{paper.Path}: the Atom id '{id}' is not an absolute IRI");
                if (paper.ArxivUrn is not null)
                {
                    Assert.Equal(paper.ArxivUrn, id);
                }

                Assert.Equal(paper.Title, (string?)entry.Element(AtomXml.Ns + "title"));
                Assert.Equal(paper.Date, DateOnly.FromDateTime(AtomXml.Rfc3339((string?)entry.Element(AtomXml.Ns + "published")).DateTime));
                Assert.Equal(paper.Date, DateOnly.FromDateTime(AtomXml.Rfc3339((string?)entry.Element(AtomXml.Ns + "updated")).DateTime));
                Assert.Equal(paper.Authors, entry.Elements(AtomXml.Ns + "author").Select(a => (string?)a.Element(AtomXml.Ns + "name")));
                var categories = entry.Elements(AtomXml.Ns + "category").ToList();
                Assert.Equal(paper.Tags.Select(t => Digest.Tag(t).Name), categories.Select(c => (string?)c.Attribute("term")));
                Assert.All(categories, c => Assert.Equal((string?)c.Attribute("term"), (string?)c.Attribute("label")));

                var summary = (string?)entry.Element(AtomXml.Ns + "summary");
                Assert.False(string.IsNullOrWhiteSpace(summary), $"{paper.Path} has no summary");
                if (paper.Tldr is not null)
                {
                    Assert.Equal(paper.Tldr, summary);
                }

                var content = Assert.Single(entry.Elements(AtomXml.Ns + "content"));
                Assert.Equal("html", (string?)content.Attribute("type"));
                var document = new HtmlParser().ParseDocument(content.Value);
                var text = WriteUpSnippets.Normalise(document.Body!.TextContent);
                Assert.All(paper.Snippets, s => Assert.Contains(s, text, StringComparison.Ordinal));
                foreach (var url in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
                {
                    Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https",
                        $"{paper.Path}: the Atom content links to '{url}', which a feed reader cannot open");
                }

                if (paper.ArxivAbsUrl is not null)
                {
                    Assert.NotNull(document.QuerySelector($"a[href='{paper.ArxivAbsUrl}']"));
                    Assert.NotNull(document.QuerySelector($"a[href='{paper.PdfUrl}']"));
                }
            }
        }
    }

    [Fact]
    public void Atom_ids_are_the_rss_guids_in_the_same_order()
    {
        foreach (var expected in ExpectedFeed.All(Digest))
        {
            var guids = RssXml.Channel(RssXml.Load(fixture.Site.FileOf(expected.Rss))).Elements("item").Select(i => (string?)i.Element("guid"));
            Assert.Equal(guids, Entries(expected.Atom).Select(e => (string?)e.Element(AtomXml.Ns + "id")));
        }
    }

    private List<XElement> Entries(string atomPath) => [.. AtomXml.Feed(fixture.Site.FileOf(atomPath)).Elements(AtomXml.Ns + "entry")];

    private ExpectedPaper PaperOf(XElement entry)
    {
        var link = AtomXml.Link(entry, "alternate", "text/html");
        var paper = Digest.Papers.SingleOrDefault(p => Digest.Absolute(p.Path) == link);
        Assert.True(paper is not null, $"the entry link '{link}' is not the address of a paper");
        return paper;
    }
}
