using AngleSharp.Html.Parser;
using PaperDigest.Citations;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// A reader saves a paper's page with the Zotero Connector: Zotero's Embedded Metadata translator reads the page's
/// meta tags (<see cref="ZoteroEmbeddedMetadata"/>). The item it makes must be of the paper's type and say what the
/// paper's <see cref="Citation"/> says, on every page of the built sample digest and for every citation case.
/// </summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class ZoteroReadingTests(SampleSiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string> SamplePapers => [.. SampleCitations.SampleSlugs];

    public static TheoryData<string> Cases => [.. SampleCitations.CaseNames];

    [Theory]
    [MemberData(nameof(SamplePapers))]
    public void Zotero_saves_each_sample_paper_page_as_its_citation_says(string slug)
    {
        var item = ZoteroEmbeddedMetadata.Read(site.Load($"/papers/{slug}/"));
        output.WriteLine(item.Dump());
        AssertStates(item, SampleCitations.OfSamplePaper(slug));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Zotero_reads_each_case_as_its_citation_says(string caseName)
    {
        var c = CitationCases.All[caseName];
        var head = string.Concat(HighwireMeta.Tags(c.Paper, CitationCases.Site).Select(t =>
            $"<meta name=\"{System.Net.WebUtility.HtmlEncode(t.Name)}\" content=\"{System.Net.WebUtility.HtmlEncode(t.Content)}\">"));
        var item = ZoteroEmbeddedMetadata.Read(new HtmlParser().ParseDocument($"<!doctype html><html><head>{head}</head><body></body></html>"));
        AssertStates(item, SampleCitations.OfCase(caseName));
    }

    private static void AssertStates(ZoteroItem item, Citation citation)
    {
        // A paper of unknown kind names no container, so Zotero guesses a journal article from the title alone; its
        // journal field stays empty.
        var (type, venueField) = citation.Kind switch
        {
            CitationKind.Preprint => ("preprint", null),
            CitationKind.Article => ("journalArticle", "publicationTitle"),
            CitationKind.ProceedingsPaper => ("conferencePaper", "conferenceName"),
            CitationKind.Chapter => ("bookSection", "publicationTitle"),
            CitationKind.Thesis => ("thesis", "university"),
            _ => ("journalArticle", null),
        };
        Assert.Equal(type, item.ItemType);
        Assert.Equal(CitationText.Flatten(citation.Title), item["title"]);
        Assert.Equal(
            [.. citation.Authors.Select(a => AuthorName.Split(CitationText.Flatten(a.Name))).Select(n => (n.Family, n.Given))],
            item.Creators);
        if (venueField is not null)
        {
            Assert.Equal(citation.Venue, item[venueField]);
        }
        else
        {
            Assert.Null(item["publicationTitle"]);
            Assert.Null(item["conferenceName"]);
        }

        Assert.Equal(citation.Issued?.Slashed, item["date"]);
        Assert.Equal(citation.IsPublished ? citation.Volume : null, item["volume"]);
        Assert.Equal(citation.IsPublished ? citation.Issue : null, item["issue"]);
        Assert.Equal(citation.IsPublished ? citation.Pages?.Replace('\u2013', '-') : null, item["pages"]);
        Assert.Equal(citation.Doi, item["DOI"]);
        // The editor's summary is the digest's, never the paper's abstract.
        Assert.Null(item["abstractNote"]);
    }
}
