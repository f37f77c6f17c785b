using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// Every item of every feed of the sample site names its tags alike in the three formats: Atom's category term and
/// label, RSS's category and JSON Feed's tags are the tag names of tags.yml, in the entry's order.
/// </summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class FeedTagNamesTests(SampleSiteFixture fixture)
{
    [Fact]
    public void Atom_rss_and_json_feed_give_every_item_the_same_tag_names()
    {
        var digest = fixture.Digest;
        var compared = 0;
        foreach (var expected in ExpectedFeed.All(digest))
        {
            var rss = RssXml.Channel(RssXml.Load(fixture.Site.FileOf(expected.Rss))).Elements("item").ToList();
            var atom = AtomXml.Feed(fixture.Site.FileOf(expected.Atom)).Elements(AtomXml.Ns + "entry").ToList();
            using var json = JsonFeed.Load(fixture.Site.FileOf(expected.Json));
            var items = JsonFeed.Items(json);
            Assert.Equal(rss.Count, atom.Count);
            Assert.Equal(rss.Count, items.Count);
            for (var i = 0; i < rss.Count; i++)
            {
                var link = (string?)rss[i].Element("link");
                Assert.Equal(link, AtomXml.Link(atom[i], "alternate", "text/html"));
                Assert.Equal(link, JsonFeed.String(items[i], "url"));
                var paper = digest.Papers.Single(p => digest.Absolute(p.Path) == link);
                var names = paper.Tags.Select(t => digest.Tag(t).Name).ToList();

                Assert.Equal(names, rss[i].Elements("category").Select(c => c.Value));
                Assert.Equal(names, atom[i].Elements(AtomXml.Ns + "category").Select(c => (string?)c.Attribute("term")));
                Assert.Equal(names, atom[i].Elements(AtomXml.Ns + "category").Select(c => (string?)c.Attribute("label")));
                Assert.Equal(names, items[i].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
                compared++;
            }
        }

        Assert.True(compared >= fixture.Digest.Papers.Count, $"only {compared} items were compared");
    }
}
