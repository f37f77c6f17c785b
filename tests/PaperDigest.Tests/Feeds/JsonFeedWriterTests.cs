using System.Text.Json;
using PaperDigest.Content;
using PaperDigest.Feeds;
using PaperDigest.Rendering;
using PaperDigest.Tests.Citations;

namespace PaperDigest.Tests.Feeds;

/// <summary>JSON Feed output for text no editor's file can hold but code can: lone surrogates.</summary>
public sealed class JsonFeedWriterTests
{
    [Fact]
    public void Lone_surrogates_become_replacement_characters_instead_of_an_exception()
    {
        var paper = CitationCases.Paper("lone", "Half \uD83D of an emoji", ["Lone \uDE80 surrogate"], new DateOnly(2025, 1, 2)) with { Tags = ["tag"] };
        var rendered = new RenderedPaper(paper, "<p>Body \uD800</p>", "Summary \uDFFF", PaperDigest.Indexing.TermCounts.Empty, PaperDigest.Search.SearchTerms.Empty);
        var tags = new TagRegistry([new Tag("tag", "Tag \uD800", "")]);
        var channel = new FeedChannel("Feed \uDBFF", "", "/", [rendered], paper.Date);

        using var json = JsonDocument.Parse(JsonFeedWriter.Write(CitationCases.Site, tags, channel));
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Feed \uFFFD", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Half \uFFFD of an emoji", item.GetProperty("title").GetString());
        Assert.Equal("Lone \uFFFD surrogate", item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal("Summary \uFFFD", item.GetProperty("summary").GetString());
        Assert.Equal("Tag \uFFFD", item.GetProperty("tags")[0].GetString());
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("emoji 🚀 and \u200F")]
    [InlineData("")]
    public void Text_without_lone_surrogates_is_kept_as_it_is(string text)
    {
        Assert.Same(text, JsonSafeText.Clean(text));
    }
}
