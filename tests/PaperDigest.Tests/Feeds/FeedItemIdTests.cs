using PaperDigest.Content;
using PaperDigest.Feeds;
using PaperDigest.Tests.Citations;

namespace PaperDigest.Tests.Feeds;

/// <summary>Item ids follow the paper's first address: stable across rebuilds, added identifiers and renames, and always an IRI as Atom requires.</summary>
public sealed class FeedItemIdTests
{
    private static readonly SiteConfig Site = CitationCases.Site;

    [Theory]
    [InlineData("2309.05153", "2309.05153", "urn:arxiv:2309.05153")]
    [InlineData("2309.05153v3", "2309.05153", "urn:arxiv:2309.05153")]
    [InlineData("hep-th/9901001v2", "hep-th-9901001", "urn:arxiv:hep-th/9901001")]
    public void A_paper_at_its_arxiv_address_keeps_the_arxiv_urn_it_always_had(string arxiv, string slug, string expected)
    {
        var id = Id(Paper() with { Slug = slug, Arxiv = arxiv, Doi = "10.1000/ignored" });
        Assert.Equal(expected, id);
        Assert.True(Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme == "urn", $"'{id}' is not an absolute IRI");
        Assert.False(FeedItemId.IsPermalink(id));
    }

    [Fact]
    public void Adding_an_identifier_to_a_paper_with_its_own_slug_keeps_its_id()
    {
        var paper = Paper() with { Slug = "a-title", ExplicitSlug = true };
        var before = Id(paper);
        Assert.Equal("https://paperdigest.netlify.app/papers/a-title/", before);
        Assert.Equal(before, Id(paper with { Arxiv = "2309.05153" }));
        Assert.Equal(before, Id(paper with { Doi = "10.1126/science.adi8474" }));
    }

    [Fact]
    public void A_renamed_paper_keeps_the_id_of_its_oldest_address()
    {
        var paper = Paper() with { Slug = "new-name", Aliases = ["/papers/old-name/", "/papers/older-looking-but-later/"] };
        Assert.Equal("https://paperdigest.netlify.app/papers/old-name/", Id(paper));
        Assert.Equal("https://paperdigest.netlify.app/papers/new-name/", Id(paper with { Aliases = [] }));
        Assert.True(FeedItemId.IsPermalink(Id(paper)));

        // Given an arXiv id later, renamed to it, with its old address as alias: the id is still the old address.
        var moved = paper with { Slug = "2309.05153", Arxiv = "2309.05153", Aliases = ["/papers/new-name/"] };
        Assert.Equal("https://paperdigest.netlify.app/papers/new-name/", Id(moved));

        // And one first published at its arXiv address keeps the URN through a rename.
        var arxivFirst = Paper() with { Slug = "a-better-name", Arxiv = "2309.05153", Aliases = ["/papers/2309.05153/"] };
        Assert.Equal("urn:arxiv:2309.05153", Id(arxivFirst));
    }

    private static Paper Paper() => CitationCases.Paper("slug", "A title", ["Ada Lovelace"], new DateOnly(2025, 1, 2));

    private static string Id(Paper paper) => FeedItemId.Of(paper, Site.AbsoluteUrl);
}
