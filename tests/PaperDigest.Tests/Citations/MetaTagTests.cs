using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed class MetaTagTests
{
    private static IReadOnlyList<MetaTag> Highwire(string caseName) => HighwireMeta.Tags(CitationCases.All[caseName].Paper, CitationCases.Site);

    private static (string, string)[] Pairs(IEnumerable<MetaTag> tags) => [.. tags.Select(t => (t.Name, t.Content))];

    [Fact]
    public void Highwire_tags_follow_arxiv_and_name_a_conference_as_one()
    {
        Assert.Equal(
            [
                ("citation_title", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("citation_author", "Zhu, Yaxuan"),
                ("citation_author", "Xie, Jianwen"),
                ("citation_author", "Wu, Ying Nian"),
                ("citation_author", "Gao, Ruiqi"),
                ("citation_publication_date", "2024"),
                ("citation_date", "2024"),
                ("citation_conference_title", "ICLR 2024"),
                ("citation_arxiv_id", "2309.05153"),
                ("citation_pdf_url", "https://arxiv.org/pdf/2309.05153"),
                ("citation_abstract_html_url", "https://paperdigest.netlify.app/papers/2309.05153/"),
            ],
            Pairs(Highwire("2309.05153")));
    }

    [Fact]
    public void Highwire_gives_a_journal_its_volume_pages_doi_and_the_bare_arxiv_id()
    {
        var tags = Pairs(Highwire("arxiv-doi-venue"));
        Assert.Contains(("citation_journal_title", "Science"), tags);
        Assert.Contains(("citation_volume", "382"), tags);
        Assert.Contains(("citation_firstpage", "1297"), tags);
        Assert.Contains(("citation_lastpage", "1303"), tags);
        Assert.DoesNotContain(tags, t => t.Item1 is "citation_conference_title" or "citation_issue");
        Assert.Contains(("citation_doi", "10.1126/science.adi8474"), tags);
        Assert.Contains(("citation_author", "del Hougne, Philipp"), tags);
        Assert.Contains(("citation_arxiv_id", "2209.09097"), Pairs(Highwire("arxiv-only")));
        Assert.Contains(("citation_issue", "7825"), Pairs(Highwire("journal-venue")));
    }

    [Fact]
    public void An_orcid_follows_its_author() =>
        Assert.Equal(
            [("citation_author", "Lovelace, Ada"), ("citation_author_orcid", "https://orcid.org/0000-0002-1825-0097"), ("citation_author", "Hopper, Grace"), ("citation_author", "Hopper, Grace"), ("citation_author_orcid", "https://orcid.org/0000-0001-5109-3700")],
            Pairs(Highwire("incomplete-authors")).Where(t => t.Item1.StartsWith("citation_author", StringComparison.Ordinal)));

    [Theory]
    [InlineData("no-ids-no-authors")]
    [InlineData("hostile")]
    [InlineData("thesis")]
    public void Without_a_known_date_no_tag_carries_one_and_none_carries_the_digest_day(string caseName)
    {
        var c = CitationCases.All[caseName];
        var tags = Pairs(Highwire(caseName).Concat(OpenGraph.Tags(c.Paper, CitationCases.Site, c.Description, c.Keywords)));
        Assert.DoesNotContain(tags, t => t.Item2.Contains(c.Paper.Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && t.Item1 is "citation_date" or "citation_publication_date" or "citation_online_date" or "article:published_time");
        if (caseName != "thesis")
        {
            Assert.DoesNotContain(tags, t => t.Item1 is "citation_date" or "citation_publication_date" or "citation_online_date" or "article:published_time");
        }
    }

    [Fact]
    public void Without_a_date_of_its_own_a_preprint_is_dated_by_the_month_of_its_id_not_the_digest_day()
    {
        var tags = Pairs(Highwire("old-style-id"));
        Assert.Contains(("citation_date", "1999/01"), tags);
        Assert.Contains(("citation_publication_date", "1999/01"), tags);
        Assert.DoesNotContain(tags, t => t.Item1 == "citation_online_date");
    }

    [Fact]
    public void A_venue_of_unknown_kind_claims_neither_journal_nor_conference()
    {
        var tags = Pairs(Highwire("unknown-kind"));
        Assert.DoesNotContain(tags, t => t.Item1 is "citation_journal_title" or "citation_conference_title" or "citation_inbook_title");
        Assert.Contains(("citation_date", "2021"), tags);
    }

    [Fact]
    public void A_thesis_names_its_university() =>
        Assert.Contains(("citation_dissertation_institution", "University of Oxford"), Pairs(Highwire("thesis")));

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
    public void OpenGraph_describes_the_page_as_an_article_dated_as_the_paper()
    {
        var c = CitationCases.All["2309.05153"];
        Assert.Equal(
            [
                ("og:title", "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"),
                ("og:type", "article"),
                ("og:url", "https://paperdigest.netlify.app/papers/2309.05153/"),
                ("og:site_name", "Boundary Layer"),
                ("og:description", "A short description."),
                ("article:published_time", "2024"),
                ("article:tag", "Energy-Based Models"),
                ("article:tag", "Diffusion Models"),
            ],
            Pairs(OpenGraph.Tags(c.Paper, CitationCases.Site, "A short description.", c.Keywords)));
    }

    [Fact]
    public void OpenGraph_gives_the_latest_versions_date_as_modified()
    {
        var c = CitationCases.All["updated-preprint"];
        var tags = Pairs(OpenGraph.Tags(c.Paper, CitationCases.Site, c.Description, c.Keywords));
        Assert.Contains(("article:published_time", "2024-06-09"), tags);
        Assert.Contains(("article:modified_time", "2025-01-20"), tags);
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
