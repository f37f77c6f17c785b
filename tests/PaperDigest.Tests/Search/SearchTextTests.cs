using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>What search adds to the shared text analysis: arXiv ids whole, prefixes by code point.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("2309.05153", "2309.05153")]
    [InlineData("2309.05153v2", "2309.05153")]
    [InlineData("hep-th/9901001v3", "hep-th/9901001")]
    [InlineData("math.GT/0309136", "math.gt/0309136")]
    public void An_arxiv_id_is_one_term_without_version(string id, string term) =>
        Assert.Equal(term, SearchText.ArxivTerm(id));

    [Fact]
    public void Arxiv_ids_are_found_in_running_text_with_or_without_prefix_and_version()
    {
        var ids = SearchText.ArxivIds("See arXiv:2309.05153v2, (2408.00336) and hep-th/9901001; not 12309.05153 nor 2309.05153.7 or v2309.0515").ToList();
        Assert.Equal(["2309.05153", "2408.00336", "hep-th/9901001"], ids);
    }

    [Fact]
    public void Prefixes_count_code_points_not_utf16_units()
    {
        Assert.Equal("𝔸b", SearchText.Prefix("𝔸bc", 2));
        Assert.Equal("ab", SearchText.Prefix("ab", 5));
        Assert.Equal(3, PaperDigest.Indexing.TextAnalysis.CodePoints("𝔸bc"));
    }
}
