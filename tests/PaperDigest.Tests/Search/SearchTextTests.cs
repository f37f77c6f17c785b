using System.Globalization;
using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

/// <summary>How text becomes search terms: what readers type must meet what editors wrote.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Löwen", "lowen")]
    [InlineData("LÖWEN", "lowen")]
    [InlineData("Lo\u0308wen", "lowen")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("Dæhlie", "daehlie")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Øresund", "oresund")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Đorđević", "dordevic")]
    [InlineData("Þórr", "thorr")]
    [InlineData("Erdős Pál", "erdos pal")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ﬁne-tuning", "fine-tuning")]
    [InlineData("Ｆｕｌｌ", "full")]
    [InlineData("x²", "x2")]
    [InlineData("ΣΠΙΝΟΣ", "σπινοσ")]
    [InlineData("Ли", "ли")]
    public void Normalise_drops_accents_and_case_and_folds_letters_without_decomposition(string text, string expected) =>
        Assert.Equal(expected, SearchText.Normalise(text));

    [Fact]
    public void Normalise_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("title iii", SearchText.Normalise("TITLE Iİı"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Tokens_are_runs_of_letters_and_digits()
    {
        Assert.Equal(["vanden", "eijnden", "oc20", "2309", "05153", "σπιν"],
            SearchText.Tokens(SearchText.Normalise("Vanden-Eijnden, (OC20) 2309.05153 — σπιν!")));
    }

    [Fact]
    public void Terms_leave_out_single_letters_and_stop_words()
    {
        Assert.Equal(["open", "catalyst", "2020", "oc20", "dataset"],
            SearchText.Terms("The Open Catalyst 2020 (OC20) Dataset: a C of it", StopWords.English));
        Assert.Equal(["the", "of", "it"], SearchText.Terms("The x of it", StopWords.For("de")));
    }

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
        Assert.Equal(3, SearchText.CodePoints("𝔸bc"));
    }
}
