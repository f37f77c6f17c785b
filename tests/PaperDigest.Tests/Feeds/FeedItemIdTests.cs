using PaperDigest.Content;
using PaperDigest.Feeds;
using PaperDigest.Tests.Citations;

namespace PaperDigest.Tests.Feeds;

/// <summary>Item ids: stable across rebuilds, versions and renames, and always an IRI as Atom requires.</summary>
public sealed class FeedItemIdTests
{
    private static readonly SiteConfig Site = CitationCases.Site;

    [Theory]
    [InlineData("2309.05153", "urn:arxiv:2309.05153")]
    [InlineData("2309.05153v3", "urn:arxiv:2309.05153")]
    [InlineData("hep-th/9901001v2", "urn:arxiv:hep-th/9901001")]
    public void An_arxiv_paper_is_known_by_its_id_without_version(string arxiv, string expected)
    {
        Assert.Equal(expected, Id(Paper() with { Arxiv = arxiv, Doi = "10.1000/ignored" }));
    }

    [Theory]
    [InlineData("10.1126/science.adi8474", "urn:doi:10.1126/science.adi8474")]
    [InlineData("10.1002/(SICI)1097-4636(199601)30:1<1::AID-JBM1>3.0.CO;2-Y", "urn:doi:10.1002/(SICI)1097-4636(199601)30:1%3C1::AID-JBM1%3E3.0.CO;2-Y")]
    [InlineData("10.1000/a#b?c%d\"e", "urn:doi:10.1000/a%23b%3Fc%25d%22e")]
    [InlineData("10.1000/zoë", "urn:doi:10.1000/zo%C3%AB")]
    public void A_doi_becomes_a_urn_with_what_an_iri_cannot_hold_percent_encoded(string doi, string expected)
    {
        var id = Id(Paper() with { Doi = doi });
        Assert.Equal(expected, id);
        Assert.True(Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme == "urn", $"'{id}' is not an absolute IRI");
        Assert.False(FeedItemId.IsPermalink(id));
    }

    [Fact]
    public void A_paper_without_identifiers_keeps_the_url_it_was_first_published_under()
    {
        var paper = Paper() with { Slug = "new-name", Aliases = ["/papers/old-name/"] };
        Assert.Equal("https://paperdigest.netlify.app/papers/old-name/", Id(paper));
        Assert.Equal("https://paperdigest.netlify.app/papers/new-name/", Id(paper with { Aliases = [] }));
        Assert.True(FeedItemId.IsPermalink(Id(paper)));
    }

    private static Paper Paper() => CitationCases.Paper("slug", "A title", ["Ada Lovelace"], new DateOnly(2025, 1, 2));

    private static string Id(Paper paper) => FeedItemId.Of(paper, Site.AbsoluteUrl);
}
