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
        Assert.Equal(c.Description, root.GetProperty("description").GetString());
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
            ["@context", "@type", "@id", "headline", "name", "author", "datePublished", "url", "sameAs", "identifier", "isPartOf", "keywords", "description", "inLanguage"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("2023-04-20", root.GetProperty("datePublished").GetString());
        Assert.Equal("https://paperdigest.netlify.app/papers/2304.11042/", root.GetProperty("url").GetString());
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
        Assert.Equal("Science 382 (2023)", root.GetProperty("isPartOf").GetProperty("name").GetString());
    }

    [Fact]
    public void A_paper_with_nothing_optional_leaves_the_optional_keys_out()
    {
        using var document = JsonDocument.Parse(JsonLd("no-ids-no-authors"));
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["@context", "@type", "@id", "headline", "name", "datePublished", "url", "keywords", "inLanguage"], names);
        Assert.Equal("2025-05-02", document.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void An_undated_preprint_is_published_in_the_year_of_its_id()
    {
        using var document = JsonDocument.Parse(JsonLd("old-style-id"));
        Assert.Equal("1999", document.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void Output_is_the_same_every_time() =>
        Assert.Equal(JsonLd("hostile"), JsonLd("hostile"));
}
