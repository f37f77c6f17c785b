using PaperDigest.Parsing;

namespace PaperDigest.Tests.Parsing;

public sealed class SuggestionsTests
{
    private static readonly string[] EntryKeys = [.. PaperParser.Keys];

    private static readonly string[] Tags = ["diffusion-models", "statistical-physics", "active-matter", "transformers", "energy-based-models"];

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("autors", "authors")]
    [InlineData("author", "authors")]
    [InlineData("tag", "tags")]
    [InlineData("dates", "date")]
    [InlineData("arxv", "arxiv")]
    [InlineData("alias", "aliases")]
    [InlineData("link", "links")]
    [InlineData("feature", "featured")]
    [InlineData("publshed", "published")]
    public void Misspelt_entry_keys_get_the_intended_key(string input, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, EntryKeys));

    /// <summary>A key cut short is a prefix of the intended key, however far it is by edit distance.</summary>
    [Theory]
    [InlineData("auth", "authors")]
    [InlineData("aut", "authors")]
    [InlineData("pub", "published")]
    [InlineData("publ", "published")]
    [InlineData("feat", "featured")]
    public void Keys_cut_short_get_the_key_they_begin(string input, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, EntryKeys));

    [Theory]
    [InlineData("colour")]
    [InlineData("github")]
    [InlineData("abstract")]
    [InlineData("x")]
    [InlineData("categories")]
    public void Keys_far_from_every_known_key_get_no_suggestion(string input) =>
        Assert.Null(Suggestions.Closest(input, EntryKeys));

    [Theory]
    [InlineData("difusion-models", "diffusion-models")]
    [InlineData("diffusion", "diffusion-models")]
    [InlineData("transformer", "transformers")]
    [InlineData("Active-Matter", "active-matter")]
    [InlineData("statistical-phyiscs", "statistical-physics")]
    [InlineData("ebm", null)]
    [InlineData("quantum-gravity", null)]
    public void Misspelt_tags_get_the_intended_tag(string input, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, Tags));

    [Fact]
    public void No_candidates_no_suggestion() => Assert.Null(Suggestions.Closest("title", []));

    [Fact]
    public void Ties_go_to_the_ordinally_first_candidate_whatever_the_order_given()
    {
        Assert.Equal("aa", Suggestions.Closest("ab", ["ac", "aa"]));
        Assert.Equal("aa", Suggestions.Closest("ab", ["aa", "ac"]));
    }

    [Fact]
    public void Hint_is_a_parenthesised_suggestion_or_nothing()
    {
        Assert.Equal(" (did you mean 'title'?)", Suggestions.Hint("titel", EntryKeys));
        Assert.Equal("", Suggestions.Hint("colour", EntryKeys));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("title", "titel", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }

    [Fact]
    public void Very_long_inputs_are_not_compared_character_by_character()
    {
        var longKey = new string('t', 100_000);

        Assert.Equal(100_000, Suggestions.Distance(longKey, "title"));
        Assert.Null(Suggestions.Closest(longKey, EntryKeys));
    }
}
