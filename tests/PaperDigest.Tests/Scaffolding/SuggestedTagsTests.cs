using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>Which tags a keyword or an arXiv category gives an imported or new entry, and what is reported of the rest.</summary>
public sealed class SuggestedTagsTests
{
    private static readonly TagRegistry Tags = new(
    [
        new Tag("diffusion-models", "Diffusion Models", "") { ArxivCategories = ["cs.CV"] },
        new Tag("mlp", "Machine-Learning Potentials", "") { ArxivCategories = ["physics.chem-ph", "cs.LG"] },
        new Tag("statistical-physics", "Statistical Physics", "") { ArxivCategories = ["cond-mat.stat-mech", "cs.LG"] },
        // Its name is another tag's slug once spaces and hyphens are ignored: the slug wins.
        new Tag("score-models", "MLP", ""),
    ]);

    private static readonly string[] Ids = ["2501.00001", "2501.00002", "2501.00003", "2501.00004", "2501.00005"];

    private static ImportedPaper Paper(ImmutableArray<string> keywords, ImmutableArray<string> categories) =>
        new(new SourceLocation("in.bib", 3, 1), "key", "A Title", ["Ada Example"], Arxiv: "2501.00011")
        {
            Keywords = keywords,
            KeywordsLocation = new SourceLocation("in.bib", 7, 3),
            Categories = categories,
        };

    [Theory]
    [InlineData("diffusion-models", "diffusion-models")]
    [InlineData("Diffusion Models", "diffusion-models")]
    [InlineData("DIFFUSION_MODELS", "diffusion-models")]
    [InlineData("diffusionmodels", "diffusion-models")]
    [InlineData("  diffusion  models ", "diffusion-models")]
    [InlineData("machine learning potentials", "mlp")]
    [InlineData("Machine-learning-potentials", "mlp")]
    [InlineData("mlp", "mlp")]
    [InlineData("M-L-P", "mlp")]
    [InlineData("score models", "score-models")]
    [InlineData("diffusion", null)]
    [InlineData("diffusion-model", null)]
    [InlineData("statistical.physics", null)]
    public void A_keyword_matches_a_tag_by_slug_or_name_ignoring_case_spaces_hyphens_and_underscores(string keyword, string? expected) =>
        Assert.Equal(expected, Tags.ForKeyword(keyword)?.Slug);

    [Fact]
    public void Given_tags_come_first_then_keywords_then_categories_primary_first_each_once()
    {
        var suggested = SuggestedTags.For(
            Paper(["Statistical Physics", "Score Matching", "diffusion models"], ["cs.LG", "physics.chem-ph", "hep-th"]),
            ["diffusion-models"], Tags);

        Assert.Equal<string>(["diffusion-models", "statistical-physics", "mlp"], suggested.Tags);
        Assert.Equal<string>(["Score Matching"], suggested.UnknownKeywords);
        Assert.Equal<string>(["hep-th"], suggested.UnmappedCategories);
    }

    [Fact]
    public void Unknown_keywords_are_a_warning_at_the_keywords_field()
    {
        var paper = Paper(["Score Matching", "Langevin dynamics"], []);

        var warning = SuggestedTags.UnknownKeywordsWarning(paper, SuggestedTags.For(paper, [], Tags));

        Assert.Equal(
            "in.bib:7:3: warning PD0724: 2501.00011: the keywords 'Score Matching', 'Langevin dynamics' match no tag in tags.yml and were left out; a keyword becomes a tag when it is a tag's slug or name",
            warning?.ToString());
        Assert.Null(SuggestedTags.UnknownKeywordsWarning(paper, SuggestedTags.For(Paper(["MLP"], []), [], Tags)));
    }

    [Fact]
    public void Unmapped_categories_are_one_note_naming_the_papers_they_came_from()
    {
        var papers = Ids.Select((id, i) => (id, SuggestedTags.For(Paper([], i == 0 ? ["hep-th", "math.PR"] : ["math.PR"]), [], Tags)));

        Assert.Equal(
            "note: no tag in tags.yml lists these arXiv categories under 'arxiv', so they suggested no tag: hep-th (2501.00001), math.PR (2501.00001, 2501.00002, 2501.00003 and 2 more)",
            SuggestedTags.UnmappedCategoriesNote(papers));
        Assert.Null(SuggestedTags.UnmappedCategoriesNote([("2501.00001", SuggestedTags.For(Paper([], ["cs.LG"]), [], Tags))]));
    }

    [Theory]
    [InlineData("Diffusion models, score matching; SDE", new[] { "Diffusion models", "score matching", "SDE" })]
    [InlineData(" a ;; b,,  A , c ", new[] { "a", "b", "c" })]
    [InlineData("", new string[0])]
    public void Bibtex_keywords_split_at_commas_and_semicolons(string text, string[] expected) =>
        Assert.Equal(expected, BibTexKeywords.Split(text));
}
