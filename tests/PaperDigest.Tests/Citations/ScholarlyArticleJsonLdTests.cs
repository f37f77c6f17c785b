using System.Text.Json;
using AngleSharp.Html.Parser;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

public sealed class ScholarlyArticleJsonLdTests
{
    private static string JsonLd(string caseName)
    {
        var c = CitationCases.All[caseName];
        return ScholarlyArticleJsonLd.Write(c.Paper, CitationCases.Site, c.Description, c.Keywords);
    }

    public static TheoryData<string> CaseNames => [.. CitationCases.All.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Parses_as_json_and_has_nothing_that_could_end_a_script(string caseName)
    {
        var json = JsonLd(caseName);
        Assert.DoesNotContain(json, c => c is '<' or '>' or '&' or '\u2028' or '\u2029');
        Assert.All(json, c => Assert.True(c < 128, $"non-ASCII U+{(int)c:X4} in JSON-LD"));
        using var document = JsonDocument.Parse(json);
        Assert.Equal("ScholarlyArticle", document.RootElement.GetProperty("@type").GetString());
        Assert.Equal(CitationCases.All[caseName].Paper.Title, document.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Stays_one_script_element_in_html(string caseName)
    {
        var json = JsonLd(caseName);
        var html = $"<!DOCTYPE html><html><head><script type=\"application/ld+json\">{json}</script></head><body><p id=\"after\">after</p></body></html>";
        var document = new HtmlParser().ParseDocument(html);
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal(json, script.TextContent);
        Assert.NotNull(document.GetElementById("after"));
    }

    [Fact]
    public void The_hostile_paper_round_trips_every_value()
    {
        var c = CitationCases.All["hostile"];
        using var document = JsonDocument.Parse(JsonLd("hostile"));
        var root = document.RootElement;
        Assert.Equal(c.Paper.Title, root.GetProperty("name").GetString());
        Assert.Equal(c.Paper.Venue!.Name, root.GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("Line one line two line three " + CitationCases.HostileText + " & <b>bold</b> }", root.GetProperty("mainEntityOfPage").GetProperty("description").GetString());
        Assert.Equal(c.Keywords, root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Eve " + CitationCases.HostileText, root.GetProperty("author")[0].GetProperty("givenName").GetString());
        Assert.Equal(c.Paper.Doi, root.GetProperty("identifier")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Describes_an_arxiv_paper_with_a_doi_and_venue()
    {
        using var document = JsonDocument.Parse(JsonLd("arxiv-doi-venue"));
        var root = document.RootElement;
        Assert.Equal(
            ["@context", "@type", "@id", "mainEntityOfPage", "headline", "name", "author", "datePublished", "url", "sameAs", "identifier", "isPartOf", "pageStart", "pageEnd", "keywords"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("https://paperdigest.netlify.app/papers/2304.11042/#paper", root.GetProperty("@id").GetString());
        // The journal's year: the arXiv date (2023-04-20) is not the day Science published it.
        Assert.Equal("2023", root.GetProperty("datePublished").GetString());
        Assert.Equal("https://arxiv.org/abs/2304.11042", root.GetProperty("url").GetString());
        var page = root.GetProperty("mainEntityOfPage");
        Assert.Equal(("WebPage", "https://paperdigest.netlify.app/papers/2304.11042/", "en"),
            (page.GetProperty("@type").GetString(), page.GetProperty("@id").GetString(), page.GetProperty("inLanguage").GetString()));
        Assert.Equal(
            ["https://arxiv.org/abs/2304.11042", "https://doi.org/10.1126/science.adi8474"],
            root.GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(
            [("arXiv", "2304.11042"), ("DOI", "10.1126/science.adi8474")],
            root.GetProperty("identifier").EnumerateArray().Select(i =>
                (i.GetProperty("propertyID").GetString(), i.GetProperty("value").GetString())));
        var author = root.GetProperty("author")[3];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Philipp del Hougne", author.GetProperty("name").GetString());
        Assert.Equal("Philipp", author.GetProperty("givenName").GetString());
        Assert.Equal("del Hougne", author.GetProperty("familyName").GetString());
        Assert.Equal("Malléjac", root.GetProperty("author")[2].GetProperty("familyName").GetString());
        var volume = root.GetProperty("isPartOf");
        Assert.Equal(("PublicationVolume", "382"), (volume.GetProperty("@type").GetString(), volume.GetProperty("volumeNumber").GetString()));
        Assert.Equal(("Periodical", "Science"), (volume.GetProperty("isPartOf").GetProperty("@type").GetString(), volume.GetProperty("isPartOf").GetProperty("name").GetString()));
        Assert.Equal(("1297", "1303"), (root.GetProperty("pageStart").GetString(), root.GetProperty("pageEnd").GetString()));
    }

    [Fact]
    public void A_journal_issue_nests_in_its_volume_and_periodical_and_the_publisher_is_named()
    {
        using var document = JsonDocument.Parse(JsonLd("journal-venue"));
        var issue = document.RootElement.GetProperty("isPartOf");
        Assert.Equal(("PublicationIssue", "7825"), (issue.GetProperty("@type").GetString(), issue.GetProperty("issueNumber").GetString()));
        Assert.Equal("585", issue.GetProperty("isPartOf").GetProperty("volumeNumber").GetString());
        Assert.Equal("Nature", issue.GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("Springer Nature", document.RootElement.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void A_conference_paper_is_part_of_an_event()
    {
        using var document = JsonDocument.Parse(JsonLd("2309.05153"));
        var venue = document.RootElement.GetProperty("isPartOf");
        Assert.Equal(("Event", "ICLR 2024"), (venue.GetProperty("@type").GetString(), venue.GetProperty("name").GetString()));
        Assert.Equal("2024", document.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void A_revised_preprint_gives_its_first_and_latest_dates_and_the_authors_orcid()
    {
        using var document = JsonDocument.Parse(JsonLd("updated-preprint"));
        var root = document.RootElement;
        Assert.Equal("2024-06-09", root.GetProperty("datePublished").GetString());
        Assert.Equal("2025-01-20", root.GetProperty("dateModified").GetString());
        Assert.Equal("arXiv", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("0000-0002-1825-0097", root.GetProperty("author")[0].GetProperty("identifier").GetProperty("value").GetString());
        Assert.False(root.TryGetProperty("isPartOf", out _));
    }

    [Fact]
    public void A_paper_with_nothing_optional_leaves_the_optional_keys_out()
    {
        using var document = JsonDocument.Parse(JsonLd("no-ids-no-authors"));
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["@context", "@type", "@id", "mainEntityOfPage", "headline", "name", "url", "keywords"], names);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_editors_summary_is_the_pages_description_never_the_papers(string caseName)
    {
        using var document = JsonDocument.Parse(JsonLd(caseName));
        Assert.False(document.RootElement.TryGetProperty("abstract", out _));
        Assert.False(document.RootElement.TryGetProperty("description", out _));
    }

    [Fact]
    public void An_undated_preprint_is_published_in_the_month_of_its_id()
    {
        using var document = JsonDocument.Parse(JsonLd("old-style-id"));
        Assert.Equal("1999-01", document.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void Output_is_the_same_every_time() =>
        Assert.Equal(JsonLd("hostile"), JsonLd("hostile"));
}
