using System.Collections.Immutable;
using PaperDigest.Citations;
using PaperDigest.Content;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// Every format states the same authors, title, venue, volume, pages and date for each paper of the sample digest
/// (and each test case but the hostile one): each output is read back as a reference manager would read it
/// (<see cref="CitationReaders"/>) and compared with what the others say.
/// </summary>
public sealed class CitationAgreementTests
{
    public static TheoryData<string> SamplePapers => [.. SampleCitations.SampleSlugs];

    public static TheoryData<string> Cases => [.. SampleCitations.CaseNames];

    [Theory]
    [MemberData(nameof(SamplePapers))]
    public void Every_format_agrees_on_each_sample_paper(string slug) =>
        AssertAgree(SampleCitations.OfSamplePaper(slug), SampleCitations.Sample.Site.Title);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_format_agrees_on_each_case(string caseName) =>
        AssertAgree(SampleCitations.OfCase(caseName), CitationCases.Site.Title);

    [Fact]
    public void The_sample_states_a_structured_venue_for_every_paper_whose_venue_is_known()
    {
        var content = SampleCitations.Sample;
        var citations = content.Papers.Select(p => Citation.For(p, content.Site)).ToList();
        Assert.All(citations.Where(c => c.Venue is not null), c => Assert.NotEqual(CitationKind.Unclassified, c.Kind));
        Assert.Contains(citations, c => c.Kind == CitationKind.ProceedingsPaper);
        Assert.Contains(citations, c => c.Kind == CitationKind.Article && c.Volume is not null && c.LastPage is not null);
        Assert.Contains(citations, c => c.Kind == CitationKind.Preprint);
        Assert.Contains(citations, c => c.Issued is null);
    }

    private static void AssertAgree(Citation citation, string siteName)
    {
        var stated = new[]
        {
            CitationReaders.BibTex(BibTexWriter.Write(citation)),
            CitationReaders.Ris(RisWriter.Write(citation)),
            CitationReaders.Highwire(HighwireMeta.Tags(citation)),
            CitationReaders.OpenGraph(OpenGraph.Tags(citation, siteName, "")),
            CitationReaders.JsonLd(ScholarlyArticleJsonLd.Write(citation, "")),
            CitationReaders.Coins(Coins.Title(citation)),
        };
        var authors = citation.Authors.Select(a => AuthorName.LastFirst(a.Name)).ToImmutableArray();
        var published = citation.IsPublished;
        foreach (var format in stated)
        {
            var what = $"{format.Format} of {citation.PageUrl}";
            Assert.True(format.Title == citation.Title, $"{what} states the title '{format.Title}'");
            if (format.Authors is not null)
            {
                Assert.True(authors.SequenceEqual(format.Authors), $"{what} states the authors [{string.Join("; ", format.Authors)}]");
            }

            // Highwire has no tag for a venue of unknown kind; a preprint's server is not its venue.
            var venue = citation.Kind is CitationKind.Preprint || (citation.Kind is CitationKind.Unclassified && format.Format == "Highwire")
                ? null
                : citation.Venue;
            Check(what, "venue", venue, format.Venue);
            Check(what, "volume", published ? citation.Volume : null, format.Volume);
            Check(what, "pages", published && citation.FirstPage is not null ? citation.Pages!.Replace('\u2013', '-') : null, format.Pages);
            // BibTeX's precision is the month.
            var date = format.Format == "BibTeX" && citation.Issued is { } issued ? issued with { Day = null } : citation.Issued;
            Check(what, "date", date?.Iso, format.Date);
        }
    }

    private static void Check(string what, string field, string? expected, string? stated)
    {
        if (stated != StatedCitation.NotStated)
        {
            Assert.True(expected == stated, $"{what} states the {field} '{stated}', not '{expected}'");
        }
    }
}
