using PaperDigest.Rendering;
using PaperDigest.Indexing;
using PaperDigest.Search;

namespace PaperDigest.Tests.Rendering;

/// <summary>The words of a write-up, taken from its document as it is rendered: what its page shows as text, nothing else.</summary>
public sealed class WriteUpTextTests
{
    private static List<string> Terms(string markdown, bool allowHtml = false) =>
        TextAnalysis.English.Terms(MarkdownRenderer.For("/", allowHtml).Render(markdown).Text);

    [Fact]
    public void Entities_are_decoded_words_on_either_side_of_a_tag_stay_apart_and_targets_are_left_out()
    {
        Assert.Equal(["score", "matching", "flows", "st", "ate", "next"],
            Terms("Score&nbsp;matching &amp; [flows](https://x.org/?a=1&b=2) **St**ate ![a figure](/fig.png)\n\nnext\n\n[r]: /unused/"));
    }

    [Fact]
    public void MathML_is_left_out_but_a_formula_shown_as_its_tex_is_text()
    {
        Assert.Equal(["energy", "learned", "after", "foo", "unconverted"],
            Terms("The energy $E(\\theta)$ is learned.\n\n$$\nmathvariable\n$$\n\nAfter $\\foo{unconverted}$"));
    }

    [Fact]
    public void Code_footnote_numbers_and_autolinks_are_text_as_on_the_page()
    {
        var text = MarkdownRenderer.For("/").Render("Code `2309.05153v2` and <https://example.org/page>" + string.Concat(Enumerable.Range(1, 10).Select(i => $" x[^{i}]"))
            + "\n\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"[^{i}]: Note.\n"))).Text;
        Assert.Equal(["code", "2309", "05153v2", "https", "example", "org", "page", "10", "note"], TextAnalysis.English.Terms(text).Distinct());
        Assert.Equal(["2309.05153"], SearchText.ArxivIds(text));
    }

    [Fact]
    public void Raw_html_a_digest_allows_is_read_for_its_text()
    {
        Assert.Equal(["before", "bold", "after"], Terms("<span title=\"hidden\">before</span><b>bold</b> <math><mi>x</mi></math>\n\n<div>\nafter\n</div>", allowHtml: true));
        Assert.Equal(["span", "before", "span"], Terms("<span>before</span>"));
    }
}
