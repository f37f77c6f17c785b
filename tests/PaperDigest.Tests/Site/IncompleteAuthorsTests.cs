using System.Text.Json;
using PaperDigest.Building;
using PaperDigest.Tests.Feeds;

namespace PaperDigest.Tests.Site;

/// <summary>
/// An entry whose author list ends in <c>others</c>, with an ORCID iD, and a venue as a mapping: built, the page and
/// the three feeds say "et al.", the ORCID iD links to orcid.org, BibTeX says "and others", the venue reads as a reference.
/// </summary>
public sealed class IncompleteAuthorsTests
{
    private const string Entry = "papers/2025/2309.05153.md";

    /// <summary>Builds a copy of the sample with the edited entry; <paramref name="alsoChange"/> may change more of the input first.</summary>
    private static string Build(TempFolder temp, Action<string>? alsoChange = null)
    {
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        Edit(input);
        alsoChange?.Invoke(input);
        return Rebuild(temp);
    }

    private static string Rebuild(TempFolder temp)
    {
        var result = SiteBuilder.Build(new BuildOptions(temp.Combine("in"), temp.Combine("no-theme"), temp.Combine("site")) { MadeFiles = SharedImages.Memo });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return temp.Combine("site");
    }

    private static void Edit(string input)
    {
        var path = Path.Combine(input, Entry);
        var text = File.ReadAllText(path)
            .Replace("authors: [Yaxuan Zhu, Jianwen Xie, Ying Nian Wu, Ruiqi Gao]",
                "authors:\n  - { name: Yaxuan Zhu, orcid: 0000-0002-1825-0097 }\n  - Jianwen Xie\n  - others", StringComparison.Ordinal)
            .ReplaceLineEndings("\n")
            .Replace("venue:\n  name: ICLR 2024\n  kind: conference\n  year: 2024",
                "venue:\n  name: Nature\n  kind: journal\n  volume: 586\n  issue: 7830\n  pages: 12–20\n  year: 2020", StringComparison.Ordinal);
        Assert.Contains("  - others", text, StringComparison.Ordinal);
        Assert.Contains("  name: Nature", text, StringComparison.Ordinal);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void The_page_says_et_al_links_the_orcid_and_shows_the_venue_as_a_reference()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        var page = File.ReadAllText(Path.Combine(site, "papers", "2309.05153", "index.html"));
        AssertContainsAll(page,
            "<span class=\"author\"><a href=\"/authors/yaxuan-zhu/\">Yaxuan Zhu</a> <a class=\"orcid\" href=\"https://orcid.org/0000-0002-1825-0097\"",
            "<span class=\"author\"><a href=\"/authors/jianwen-xie/\">Jianwen Xie</a></span>, <span class=\"author-etal\">et al.</span></p>",
            "<dd>Nature 586(7830), 12–20 (2020)</dd>",
            "<meta name=\"citation_author_orcid\" content=\"https://orcid.org/0000-0002-1825-0097\">",
            "\"sameAs\":[\"https://orcid.org/0000-0002-1825-0097\"]");
        Assert.DoesNotContain(">others<", page, StringComparison.Ordinal);

        var day = File.ReadAllText(Path.Combine(site, "days", "2025-03-11", "index.html"));
        Assert.Contains("<p class=\"card-authors\"><a href=\"/authors/yaxuan-zhu/\">Yaxuan Zhu</a>, <a href=\"/authors/jianwen-xie/\">Jianwen Xie</a>, et al.</p>", day, StringComparison.Ordinal);

        var bib = File.ReadAllText(Path.Combine(site, "papers", "2309.05153", "cite.bib"));
        Assert.StartsWith("@article{", bib, StringComparison.Ordinal);
        AssertContainsAll(bib,
            "author = {Zhu, Yaxuan and Xie, Jianwen and others}", "journal = {Nature}", "volume = {586}", "number = {7830}", "pages = {12--20}", "year = {2020}");

        var ris = File.ReadAllLines(Path.Combine(site, "papers", "2309.05153", "cite.ris"));
        Assert.Equal(["AU  - Zhu, Yaxuan", "AU  - Xie, Jianwen"], ris.Where(l => l.StartsWith("AU  -", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_feed_lists_the_known_authors_then_et_al()
    {
        using var temp = new TempFolder();
        var site = Build(temp);
        string[] expected = ["Yaxuan Zhu", "Jianwen Xie", "et al."];

        var rss = RssXml.Channel(RssXml.Load(Path.Combine(site, "feed.xml"))).Elements("item")
            .Single(i => ((string?)i.Element("link"))!.EndsWith("/papers/2309.05153/", StringComparison.Ordinal));
        Assert.Equal(expected, rss.Elements(RssXml.Dc + "creator").Select(c => c.Value));
        Assert.Contains("Yaxuan Zhu, Jianwen Xie, et al.", rss.Element(RssXml.Content + "encoded")!.Value, StringComparison.Ordinal);

        var atom = AtomXml.Feed(Path.Combine(site, "atom.xml")).Elements(AtomXml.Ns + "entry")
            .Single(e => ((string?)e.Element(AtomXml.Ns + "id"))!.Contains("2309.05153", StringComparison.Ordinal));
        Assert.Equal(expected, atom.Elements(AtomXml.Ns + "author").Select(a => (string?)a.Element(AtomXml.Ns + "name")));
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", (string?)atom.Elements(AtomXml.Ns + "author").First().Element(AtomXml.Ns + "uri"));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "feed.json")));
        var item = json.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString()!.Contains("2309.05153", StringComparison.Ordinal));
        Assert.Equal(expected, JsonFeed.Names(item, "authors"));
        Assert.Contains("Yaxuan Zhu, Jianwen Xie, et al.", item.GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_identifiers_and_venue_come_back_unchanged_from_the_entry_cache()
    {
        using var temp = new TempFolder();
        var site = Build(temp);
        var feed = File.ReadAllText(Path.Combine(site, "atom.xml"));
        Assert.Contains("Nature 586(7830), 12–20 (2020)", feed, StringComparison.Ordinal);

        // Another entry changes: this paper is taken from the cache, and the feeds holding both are written again.
        const string other = "papers/2025/2209.09097.md";
        void AddSentence(string input) => File.AppendAllText(Path.Combine(input, other), "\nOne more sentence.\n");
        AddSentence(temp.Combine("in"));
        var rebuilt = File.ReadAllText(Path.Combine(Rebuild(temp), "atom.xml"));

        Assert.NotEqual(feed, rebuilt);
        using var clean = new TempFolder();
        Assert.Equal(Normalise(File.ReadAllText(Path.Combine(Build(clean, AddSentence), "atom.xml"))), Normalise(rebuilt));
    }

    private static void AssertContainsAll(string text, params string[] parts) =>
        Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
