using PaperDigest.Content;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>The options of <c>new</c> as an entry, or as the validator's messages.</summary>
public sealed class OptionValuesTests
{
    private static readonly DateOnly Today = new(2025, 5, 20);

    [Fact]
    public void Options_become_an_entry()
    {
        var (entry, problems) = OptionValues.Entry(
            new EntryOptions(
                "  Learning   Energy-Based Models ", Authors: "Yaxuan Zhu;  Jianwen Xie ; ; Wu, Ying Nian", Tags: "diffusion-models, active-matter,diffusion-models",
                Arxiv: "arXiv:2309.05153v2", Doi: "https://doi.org/10.1000/XYZ", Published: "2023-09-10", Venue: " ICLR  2024 ", Code: "https://github.com/x/y"),
            ScaffoldingFixtures.Tags,
            Today);

        Assert.Empty(problems);
        Assert.NotNull(entry);
        Assert.Equal("Learning Energy-Based Models", entry.Title);
        Assert.Equal(["Yaxuan Zhu", "Jianwen Xie", "Wu, Ying Nian"], entry.Authors.ToArray());
        Assert.Equal(["diffusion-models", "active-matter"], entry.Tags.ToArray());
        Assert.Equal(Today, entry.Date);
        Assert.Equal("2309.05153v2", entry.Arxiv);
        Assert.Equal("2309.05153", entry.Slug);
        Assert.Equal("10.1000/XYZ", entry.Doi);
        Assert.Equal(new DateOnly(2023, 9, 10), entry.Published);
        Assert.Equal(new Venue("ICLR 2024"), entry.Venue);
        Assert.Equal(new Uri("https://github.com/x/y"), entry.Code);
        Assert.Equal("papers/2025/2309.05153.md", entry.RelativePath);
    }

    [Fact]
    public void Every_bad_option_is_reported_in_the_validators_words()
    {
        var (entry, problems) = OptionValues.Entry(
            new EntryOptions(" ", Authors: "A; A", Tags: "difusion", Date: "2025-02-30", Arxiv: "2309.051", Doi: "doi-less", Published: "10/09/2023", Code: "javascript:alert(1)"),
            ScaffoldingFixtures.Tags,
            Today);

        Assert.Null(entry);
        Assert.Equal(
            [
                "'title' is empty; give the paper's title with --title",
                "unknown tag 'difusion' (did you mean 'diffusion-models'?); tags must be listed in tags.yml",
                "--date is 2025-02-30, which is not a day of the calendar",
                "'2309.051' is not an arXiv id; write it as 2309.05153 (optionally with a version, 2309.05153v2) or hep-th/9901001",
                "'doi-less' is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309",
                "--published must be a date written YYYY-MM-DD, not '10/09/2023'",
                "link 'code' must be an absolute http:// or https:// URL, not 'javascript:alert(1)'",
            ],
            problems.ToArray());
    }

    [Theory]
    [InlineData("difusion", " (did you mean 'diffusion-models'?)")]
    [InlineData("diffusion", " (did you mean 'diffusion-models'?)")]
    [InlineData("activ-matter", " (did you mean 'active-matter'?)")]
    [InlineData("statistical-phyiscs", " (did you mean 'statistical-physics'?)")]
    [InlineData("quantum-gravity", "")]
    public void Unknown_tags_get_a_suggestion_when_one_is_close(string tag, string hint) =>
        Assert.Equal(hint, OptionValues.TagHint(tag, ScaffoldingFixtures.Tags));

    [Theory]
    [InlineData("https://arxiv.org/abs/2309.05153v2", "2309.05153")]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("2309.05153", "2309.05153")]
    public void An_arxiv_id_may_be_given_as_a_link(string text, string id) => Assert.Equal(id, OptionValues.Arxiv(text).Arxiv);
}
