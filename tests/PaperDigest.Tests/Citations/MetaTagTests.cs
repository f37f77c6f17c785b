using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed class MetaTagTests
{
    private static IReadOnlyList<MetaTag> Highwire(string caseName) => HighwireMeta.Tags(CitationCases.All[caseName].Paper, CitationCases.Site);

    private static (string, string)[] Pairs(IEnumerable<MetaTag> tags) => [.. tags.Select(t => (t.Name, t.Content))];

    [Fact]
    public void Highwire_tags_follow_arxiv()
    {
        Assert.Equal(
            [
                ("citation_title", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("citation_author", "Zhu, Yaxuan"),
                ("citation_author", "Xie, Jianwen"),
                ("citation_author", "Wu, Ying Nian"),
                ("citation_author", "Gao, Ruiqi"),
                ("citation_date", "2023/09/10"),
                ("citation_publication_date", "2023/09/10"),
                ("citation_online_date", "2025/03/11"),
                ("citation_journal_title", "ICLR 2024 (spotlight)"),
                ("citation_arxiv_id", "2309.05153"),
                ("citation_pdf_url", "https://arxiv.org/pdf/2309.05153"),
                ("citation_abstract_html_url", "https://paperdigest.netlify.app/papers/2309.05153/"),
            ],
            Pairs(Highwire("2309.05153")));
    }

    [Fact]
    public void Highwire_gives_the_doi_and_the_bare_arxiv_id()
    {
        var tags = Pairs(Highwire("arxiv-doi-venue"));
        Assert.Contains(("citation_doi", "10.1126/science.adi8474"), tags);
        Assert.Contains(("citation_author", "del Hougne, Philipp"), tags);
        Assert.Contains(("citation_arxiv_id", "2209.09097"), Pairs(Highwire("arxiv-only")));
    }

    [Fact]
    public void Without_a_date_of_its_own_a_paper_is_dated_by_its_digest_day()
    {
        var tags = Pairs(Highwire("no-ids-no-authors"));
        Assert.Contains(("citation_date", "2025/05/02"), tags);
        Assert.DoesNotContain(tags, t => t.Item1 is "citation_author" or "citation_pdf_url" or "citation_arxiv_id" or "citation_doi" or "citation_journal_title");
    }

    [Fact]
    public void Without_a_date_of_its_own_a_preprint_is_dated_by_the_year_of_its_id_not_the_digest_day()
    {
        var tags = Pairs(Highwire("old-style-id"));
        Assert.Contains(("citation_date", "1999"), tags);
        Assert.Contains(("citation_publication_date", "1999"), tags);
        Assert.Contains(("citation_online_date", "2025/01/15"), tags);
    }

    [Fact]
    public void Meta_values_are_one_line_of_plain_text()
    {
        var c = CitationCases.All["hostile"];
        var tags = Highwire("hostile")
            .Concat(OpenGraph.Tags(c.Paper, CitationCases.Site, c.Description, c.Keywords))
            .Concat(TwitterCard.Tags(c.Paper, c.Description))
            .ToList();
        Assert.All(tags, t => Assert.DoesNotMatch("[\r\n\u2028\u2029]", t.Content));
        // Plain text: escaping is the theme's job, so the text is as the editor wrote it.
        Assert.Contains(new MetaTag("citation_author", "O'Hacker, Eve " + CitationCases.HostileText), tags);
        Assert.Contains(new MetaTag("og:description", "Line one line two line three " + CitationCases.HostileText + " & <b>bold</b> }"), tags);
    }

    [Fact]
    public void OpenGraph_describes_the_page_as_an_article()
    {
        var c = CitationCases.All["2309.05153"];
        Assert.Equal(
            [
                ("og:title", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("og:type", "article"),
                ("og:url", "https://paperdigest.netlify.app/papers/2309.05153/"),
                ("og:site_name", "Boundary Layer"),
                ("og:description", "A short description."),
                ("article:published_time", "2025-03-11"),
                ("article:tag", "Energy-Based Models"),
                ("article:tag", "Diffusion Models"),
            ],
            Pairs(OpenGraph.Tags(c.Paper, CitationCases.Site, "A short description.", c.Keywords)));
    }

    [Fact]
    public void Twitter_card_is_a_summary()
    {
        var c = CitationCases.All["2309.05153"];
        Assert.Equal(
            [
                ("twitter:card", "summary"),
                ("twitter:title", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("twitter:description", "A short description."),
            ],
            Pairs(TwitterCard.Tags(c.Paper, "A short description.")));
    }

    [Fact]
    public void An_empty_description_gives_no_description_tag() =>
        Assert.DoesNotContain(TwitterCard.Tags(CitationCases.All["2309.05153"].Paper, ""), t => t.Name == "twitter:description");
}
