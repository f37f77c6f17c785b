using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("2309.05153", "Any title", "2309.05153")]
    [InlineData("2309.05153v2", "Any title", "2309.05153")]
    [InlineData("2309.05153v12", "Any title", "2309.05153")]
    [InlineData("0704.0001", "Any title", "0704.0001")]
    [InlineData("hep-th/9901001", "Any title", "hep-th-9901001")]
    [InlineData("hep-th/9901001v3", "Any title", "hep-th-9901001")]
    [InlineData("math.GT/0309136", "Any title", "math.gt-0309136")]
    [InlineData(null, "Attention Is All You Need", "attention-is-all-you-need")]
    [InlineData(null, "Schrödinger Bridges: Théorie & Pratique", "schrodinger-bridges-theorie-pratique")]
    [InlineData(null, "  --Score-Based Models!!  ", "score-based-models")]
    public void Default_slug_is_the_arxiv_id_without_version_else_the_kebab_title(string? arxiv, string title, string expected)
    {
        var slug = Identifiers.DefaultSlug(arxiv, title);

        Assert.Equal(expected, slug);
        Assert.True(Identifiers.IsSlug(slug));
    }

    [Theory]
    [InlineData("注意力机制")]
    [InlineData("!!!")]
    [InlineData("")]
    public void Default_slug_of_a_title_without_latin_letters_is_a_stable_hash(string title)
    {
        var slug = Identifiers.DefaultSlug(null, title);

        Assert.Matches("^paper-[0-9a-f]{10}$", slug);
        Assert.Equal(slug, Identifiers.DefaultSlug(null, title));
        Assert.True(Identifiers.IsSlug(slug));
    }

    [Fact]
    public void Default_slug_of_a_very_long_title_is_cut_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("thermodynamics", 20));

        var slug = Identifiers.DefaultSlug(null, title);

        Assert.True(slug.Length <= 80, slug);
        Assert.EndsWith("thermodynamics", slug, StringComparison.Ordinal);
        Assert.True(Identifiers.IsSlug(slug));
    }

    [Theory]
    [InlineData("Café au lait", "cafe-au-lait")]
    [InlineData("Ångström-scale Émile", "angstrom-scale-emile")]
    [InlineData("Naïve Bayes, revisited (again)", "naive-bayes-revisited-again")]
    [InlineData("GPT-4 & Friends: A Survey", "gpt-4-friends-a-survey")]
    [InlineData("α-helix folding", "helix-folding")]
    [InlineData("x86_64 / ARM", "x86-64-arm")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("", "")]
    public void Kebab_lower_cases_drops_accents_and_joins_words_with_single_dashes(string text, string expected) =>
        Assert.Equal(expected, Identifiers.Kebab(text, 80));

    [Theory]
    [InlineData("one two three", 7, "one-two")]
    [InlineData("one two three", 8, "one-two")]
    [InlineData("onetwothree", 5, "onetw")]
    public void Kebab_is_cut_at_a_word_boundary_when_there_is_one(string text, int max, string expected) =>
        Assert.Equal(expected, Identifiers.Kebab(text, max));

    [Theory]
    [InlineData("active-matter", true)]
    [InlineData("2309.05153", true)]
    [InlineData("hep-th-9901001", true)]
    [InlineData("a", true)]
    [InlineData("0", true)]
    [InlineData("a..b", false)]
    [InlineData("..", false)]
    [InlineData(".hidden", false)]
    [InlineData("-dash", false)]
    [InlineData("Upper", false)]
    [InlineData("with space", false)]
    [InlineData("with/slash", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("back\\slash", false)]
    [InlineData("under_score", false)]
    [InlineData("café", false)]
    [InlineData("active-matter\n", false)]
    [InlineData("", false)]
    public void IsSlug(string slug, bool expected) => Assert.Equal(expected, Identifiers.IsSlug(slug));

    [Fact]
    public void IsSlug_limits_the_length()
    {
        Assert.True(Identifiers.IsSlug(new string('a', Identifiers.MaxSlugLength)));
        Assert.False(Identifiers.IsSlug(new string('a', Identifiers.MaxSlugLength + 1)));
    }

    [Theory]
    [InlineData("/old/path/", true)]
    [InlineData("/old/path", true)]
    [InlineData("/2023/cdrl.html", true)]
    [InlineData("/a", true)]
    [InlineData("/Old_Path~1/", true)]
    [InlineData("/", false)]
    [InlineData("", false)]
    [InlineData("old/path/", false)]
    [InlineData("/old/../secret/", false)]
    [InlineData("/../", false)]
    [InlineData("/./x/", false)]
    [InlineData("/old//path/", false)]
    [InlineData("//evil.example/x/", false)]
    [InlineData("https://evil.example/x/", false)]
    [InlineData("\\old\\path", false)]
    [InlineData("/old\\path/", false)]
    [InlineData("/old path/", false)]
    [InlineData("/%2e%2e/", false)]
    [InlineData("/old?x=1", false)]
    [InlineData("/old#top", false)]
    [InlineData("/old/path/\n", false)]
    public void IsAlias(string alias, bool expected) => Assert.Equal(expected, Identifiers.IsAlias(alias));

    [Theory]
    [InlineData("2309.05153", true)]
    [InlineData("2309.05153v2", true)]
    [InlineData("2309.5153", true)]
    [InlineData("0704.0001", true)]
    [InlineData("1912.00001v999", true)]
    [InlineData("hep-th/9901001", true)]
    [InlineData("hep-th/9901001v1", true)]
    [InlineData("math.GT/0309136", true)]
    [InlineData("cond-mat/0102536", true)]
    [InlineData("2313.12345", false)]
    [InlineData("2300.12345", false)]
    [InlineData("2309.05153v0", false)]
    [InlineData("2309.05153v", false)]
    [InlineData("2309.051531", false)]
    [InlineData("2309.123", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData(" 2309.05153", false)]
    [InlineData("arXiv:2309.05153", false)]
    [InlineData("HEP-TH/9901001", false)]
    [InlineData("hep-th/990100", false)]
    [InlineData("2309.05153\n", false)]
    [InlineData("\uff12\uff13\uff10\uff19.\uff10\uff15\uff11\uff15\uff13", false)]
    [InlineData("\u0662\u0663\u0660\u0669.\u0660\u0665\u0661\u0665\u0663", false)]
    [InlineData("hep-th/\u0669\u0669\u0660\u0661\u0660\u0660\u0661", false)]
    public void IsArxivId(string id, bool expected) => Assert.Equal(expected, Identifiers.IsArxivId(id));

    [Theory]
    [InlineData("2309.05153v2", "2309.05153")]
    [InlineData("2309.05153", "2309.05153")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("not-an-id", "not-an-id")]
    [InlineData("solv-int/9901001", "solv-int/9901001")]
    [InlineData("solv-int/9901001v12", "solv-int/9901001")]
    [InlineData("math.GT/0309136v3", "math.GT/0309136")]
    [InlineData("2309.05153v0", "2309.05153v0")]
    [InlineData("2309.05153v1234", "2309.05153v1234")]
    [InlineData("review/2309.05153v2", "review/2309.05153v2")]
    public void ArxivWithoutVersion(string id, string expected) => Assert.Equal(expected, Identifiers.ArxivWithoutVersion(id));

    [Theory]
    [InlineData("10.1103/PhysRevE.108.014309", "10.1103/PhysRevE.108.014309")]
    [InlineData("  10.1103/PhysRevE.108.014309  ", "10.1103/PhysRevE.108.014309")]
    [InlineData("https://doi.org/10.1103/PhysRevE.108.014309", "10.1103/PhysRevE.108.014309")]
    [InlineData("http://doi.org/10.1038/nature12373", "10.1038/nature12373")]
    [InlineData("https://dx.doi.org/10.1038/nature12373", "10.1038/nature12373")]
    [InlineData("HTTPS://DOI.ORG/10.1038/nature12373", "10.1038/nature12373")]
    [InlineData("doi:10.1038/nature12373", "10.1038/nature12373")]
    [InlineData("DOI:10.1038/nature12373", "10.1038/nature12373")]
    [InlineData("10.48550/arXiv.2309.05153", "10.48550/arXiv.2309.05153")]
    [InlineData("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0")]
    public void NormaliseDoi_strips_resolver_prefixes(string doi, string expected) => Assert.Equal(expected, Identifiers.NormaliseDoi(doi));

    [Theory]
    [InlineData("not-a-doi")]
    [InlineData("10.1/x")]
    [InlineData("10.1038/")]
    [InlineData("10.1038/nature 12373")]
    [InlineData("11.1038/nature12373")]
    [InlineData("https://example.org/10.1038/nature12373")]
    [InlineData("")]
    public void NormaliseDoi_refuses_what_is_not_a_doi(string doi) => Assert.Null(Identifiers.NormaliseDoi(doi));

    [Theory]
    [InlineData("active-matter", true)]
    [InlineData("x", true)]
    [InlineData("3d-vision", true)]
    [InlineData("Diffusion Models", false)]
    [InlineData("diffusion.models", false)]
    [InlineData("-x", false)]
    [InlineData("active-matter\n", false)]
    [InlineData("", false)]
    public void IsTagSlug(string slug, bool expected) => Assert.Equal(expected, Identifiers.IsTagSlug(slug));
}
