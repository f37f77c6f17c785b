using System.Text.RegularExpressions;
using PaperDigest.Building;
using PaperDigest.Tests.Feeds;

namespace PaperDigest.Tests.Site;

/// <summary>
/// <c>/authors/</c>, <c>/authors/&lt;slug&gt;/</c> and their feeds, built from a digest with an <c>authors.yml</c> that
/// tells two people called Wei Wang apart and gathers two spellings of Ada Lovelace.
/// </summary>
public sealed partial class AuthorPagesTests
{
    private const string AdaOrcid = "0000-0002-1825-0097";
    private const string KyotoOrcid = "0000-0001-1111-1118";

    private const string AuthorsYml = $"""
        ada:
          name: Ada Lovelace
          orcid: {AdaOrcid}
          url: https://example.org/ada
          aliases: [A. Lovelace]
        wei-wang-kyoto:
          name: Wei Wang
          orcid: {KyotoOrcid}
        wei-wang-oslo:
          name: Wei Wang
          url: https://example.org/wei

        """;

    private static readonly string[] FedAuthors = ["ada", "grace-hopper", "wei-wang-kyoto"];

    private static readonly string[] FeedFiles = ["feed.xml", "atom.xml", "feed.json"];

    [Fact]
    public void Every_author_has_a_page_with_their_papers_newest_first_and_namesakes_are_told_apart()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        Assert.Equal(["/papers/p3/", "/papers/p2/"], PaperLinks(site.ReadText("/authors/ada/")));
        Assert.Equal(["/papers/p3/", "/papers/p1/"], PaperLinks(site.ReadText("/authors/grace-hopper/")));
        Assert.Equal(["/papers/p1/"], PaperLinks(site.ReadText("/authors/wei-wang-kyoto/")));
        Assert.Equal(["/papers/p2/"], PaperLinks(site.ReadText("/authors/wei-wang-oslo/")));
        Assert.False(site.Exists("/authors/a-lovelace/"), "an alias has a page of its own");
        Assert.False(site.Exists("/authors/wei-wang/"), "the namesakes share a page");

        var index = site.ReadText("/authors/");
        var entries = AuthorEntry().Matches(index).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.Equal(
            [("/authors/ada/", "Ada Lovelace", "2 papers"), ("/authors/grace-hopper/", "Grace Hopper", "2 papers"),
             ("/authors/wei-wang-kyoto/", "Wei Wang", "1 paper"), ("/authors/wei-wang-oslo/", "Wei Wang", "1 paper")],
            entries);
    }

    [Fact]
    public void An_author_page_shows_the_orcid_and_homepage_with_a_title_description_canonical_and_opengraph()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        var page = site.Load("/authors/ada/");
        Assert.Equal("Ada Lovelace · Tiny Digest", page.Title);
        Assert.Equal("2 papers by Ada Lovelace in Tiny Digest, newest first.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal($"{TinyDigest.BaseUrl}/authors/ada/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Ada Lovelace", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal($"{TinyDigest.BaseUrl}/authors/ada/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("/authors/ada/feed.xml", page.QuerySelector("link[rel=alternate]")!.GetAttribute("href"));
        var links = page.QuerySelectorAll(".author-ids a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"https://orcid.org/{AdaOrcid}", links);
        Assert.Contains("https://example.org/ada", links);
        Assert.Empty(site.Load("/authors/grace-hopper/").QuerySelectorAll(".author-ids"));
    }

    [Fact]
    public void Author_names_link_to_their_pages_and_registry_orcids_reach_the_citations()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        var paper = site.ReadText("/papers/p2/");
        Assert.Contains("<a href=\"/authors/wei-wang-oslo/\">Wei Wang</a>", paper, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/authors/ada/\">A. Lovelace</a>", paper, StringComparison.Ordinal);
        // A. Lovelace is written without an ORCID iD in the entry; authors.yml gives it.
        Assert.Contains($"<meta name=\"citation_author_orcid\" content=\"https://orcid.org/{AdaOrcid}\">", paper, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{AdaOrcid}\"", paper, StringComparison.Ordinal);
        Assert.Contains($"\"sameAs\":[\"https://orcid.org/{AdaOrcid}\",\"https://example.org/ada\"]", paper, StringComparison.Ordinal);

        var home = site.ReadText("/");
        Assert.Contains("<p class=\"card-authors\"><a href=\"/authors/ada/\">Ada Lovelace</a>, <a href=\"/authors/grace-hopper/\">Grace Hopper</a></p>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/authors/wei-wang-kyoto/\">Wei Wang</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Author_feeds_carry_summaries_not_write_ups_and_are_listed_on_the_feeds_page_the_opml_and_the_sitemap()
    {
        using var temp = new TempFolder();
        var site = Build(temp);

        foreach (var file in FeedFiles)
        {
            var feed = site.ReadText("/authors/ada/" + file);
            Assert.Contains("A third paper.", feed, StringComparison.Ordinal);
            Assert.Contains($"{TinyDigest.BaseUrl}/papers/p3/", feed, StringComparison.Ordinal);
            Assert.DoesNotContain("Deep in the write-up", feed, StringComparison.Ordinal);
            Assert.Contains("Deep in the write-up", site.ReadText("/" + file), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("content:encoded", site.ReadText("/authors/ada/feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("<content", site.ReadText("/authors/ada/atom.xml"), StringComparison.Ordinal);
        Assert.Contains("Read the full write-up", site.ReadText("/authors/ada/feed.json"), StringComparison.Ordinal);

        var feeds = site.ReadText("/feeds/");
        var opml = site.ReadText("/authors.opml");
        var sitemap = site.ReadText("/sitemap.xml");
        foreach (var slug in new[] { "ada", "grace-hopper", "wei-wang-kyoto", "wei-wang-oslo" })
        {
            Assert.Contains($"href=\"/authors/{slug}/atom.xml\"", feeds, StringComparison.Ordinal);
            Assert.Contains($"xmlUrl=\"{TinyDigest.BaseUrl}/authors/{slug}/feed.xml\"", opml, StringComparison.Ordinal);
            Assert.Contains($"<loc>{TinyDigest.BaseUrl}/authors/{slug}/</loc>", sitemap, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/authors.opml\"", feeds, StringComparison.Ordinal);
        Assert.Contains($"<loc>{TinyDigest.BaseUrl}/authors/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/authors/", site.ReadText("/feeds.opml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedparser_reads_every_author_feed()
    {
        TestTools.Require(TestTools.FeedParser);
        using var temp = new TempFolder();
        var site = Build(temp);

        var paths = FedAuthors.SelectMany(s => (string[])[$"/authors/{s}/feed.xml", $"/authors/{s}/atom.xml"]).ToList();
        var parsed = await UniversalFeedParser.ParseAllAsync([.. paths.Select(site.FileOf)]);

        Assert.All(parsed, feed => Assert.False(feed.Bozo, $"{feed.Path} is bozo: {feed.BozoException}"));
        Assert.Equal(["Third paper", "Second paper"], parsed[0].Titles);
        Assert.Equal("atom10", parsed[1].Version);
        Assert.Equal(["First paper"], parsed[4].Titles);
    }

    [Fact]
    public void A_long_author_listing_is_paginated_like_a_tag()
    {
        using var temp = new TempFolder();
        var site = Build(temp, TinyDigest.SiteYml.Replace("page_size: 10", "page_size: 1", StringComparison.Ordinal));

        Assert.Equal(["/papers/p3/"], PaperLinks(site.ReadText("/authors/grace-hopper/")));
        Assert.Equal(["/papers/p1/"], PaperLinks(site.ReadText("/authors/grace-hopper/page/2/")));
        Assert.Equal("Grace Hopper, page 2 · Tiny Digest", site.Load("/authors/grace-hopper/page/2/").Title);
    }

    [Fact]
    public void A_digest_without_authors_yml_still_has_author_pages()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("in"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/p1.md", TinyDigest.Entry("Only paper", "2025-03-01", "Text.")));

        var result = SiteBuilder.Build(new BuildOptions(input, temp.Combine("no-theme"), temp.Combine("site")));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(temp.Combine("site", "authors", "ada-lovelace", "index.html")));
        Assert.True(File.Exists(temp.Combine("site", "authors", "ada-lovelace", "feed.json")));
    }

    [Fact]
    public void Check_warns_about_ambiguous_names_and_refuses_an_unknown_id_at_its_line()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("in"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/a.md", Entry("A", "2025-03-01", "[{ name: Jo Smith, orcid: 0000-0003-3333-3330 }]")),
            ("2025/b.md", Entry("B", "2025-03-02", "[{ name: Jo Smith, orcid: 0000-0002-2222-2224 }, Wei Wang]")),
            ("2025/c.md", Entry("C", "2025-03-03", "[{ name: Wei Wang, id: wei-wang-osl }]")));
        File.WriteAllText(Path.Combine(input, "authors.yml"), AuthorsYml);

        var (_, diagnostics) = SiteBuilder.Check(new BuildOptions(input, temp.Combine("no-theme"), temp.Combine("site")));

        var lines = diagnostics.Select(d => d.ToString().Replace(input + "/", "", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 3, string.Join('\n', lines));
        Assert.StartsWith("papers/2025/b.md:3:10: warning PD0806: 'Jo Smith' has the ORCID iD 0000-0002-2222-2224 here and 0000-0003-3333-3330 in papers/2025/a.md; ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("papers/2025/b.md:3:10: warning PD0806: 'Wei Wang' is the name of 'wei-wang-kyoto' and 'wei-wang-oslo' in authors.yml", lines[1], StringComparison.Ordinal);
        Assert.Equal("papers/2025/c.md:3:10: error PD0805: author 'Wei Wang' has id 'wei-wang-osl', which authors.yml does not define (did you mean 'wei-wang-oslo'?)", lines[2]);
    }

    private static Built Build(TempFolder temp, string siteYml = TinyDigest.SiteYml)
    {
        var input = TinyDigest.Create(temp.Combine("in"), siteYml, TinyDigest.TagsYml,
            ("2025/p1.md", Entry("First paper", "2025-03-01", $"[{{ name: Wei Wang, orcid: {KyotoOrcid} }}, Grace Hopper]")),
            ("2025/p2.md", Entry("Second paper", "2025-03-02", "[{ name: Wei Wang, id: wei-wang-oslo }, A. Lovelace]")),
            ("2025/p3.md", Entry("Third paper", "2025-03-03", "[Ada Lovelace, Grace Hopper]", "tldr: A third paper.\n")));
        File.WriteAllText(Path.Combine(input, "authors.yml"), AuthorsYml);
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PD08", StringComparison.Ordinal));
        return new Built(temp.Combine("site"));
    }

    private static string Entry(string title, string date, string authors, string extra = "") =>
        $"---\ntitle: \"{title}\"\nauthors: {authors}\ndate: {date}\ntags: [testing]\nslug: {title.Split(' ')[0].ToLowerInvariant() switch { "first" => "p1", "second" => "p2", "third" => "p3", var x => x }}\n{extra}---\nThe summary of {title}.\n\nDeep in the write-up of {title} there is more.\n";

    private static List<string> PaperLinks(string html) => [.. CardTitle().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>A built site's files by site path (the entries give authors as mappings, which <see cref="ExpectedDigest"/> does not read).</summary>
    private sealed record Built(string Output)
    {
        public string FileOf(string sitePath) => Path.Combine(Output, SitePaths.ToFile(sitePath));

        public bool Exists(string sitePath) => File.Exists(FileOf(sitePath));

        public string ReadText(string sitePath) => File.ReadAllText(FileOf(sitePath));

        public AngleSharp.Html.Dom.IHtmlDocument Load(string sitePath) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReadText(sitePath));
    }

    [GeneratedRegex("<h3 class=\"card-title\"><a href=\"([^\"]+)\">")]
    private static partial Regex CardTitle();

    [GeneratedRegex("<li class=\"author-entry\"><a href=\"([^\"]+)\">([^<]+)</a> <span class=\"author-entry-count\">([^<]+)</span></li>")]
    private static partial Regex AuthorEntry();
}
