using PaperDigest.Search;

namespace PaperDigest.Tests.Search;

public sealed class WriteUpTextTests
{
    [Fact]
    public void Tags_go_entities_are_decoded_and_words_on_either_side_of_a_tag_stay_apart()
    {
        var text = WriteUpText.FromHtml("<p>Score&nbsp;matching &amp; <a href=\"https://x.org/?a=1&amp;b=2\">flows</a></p><p>next</p>");
        Assert.Equal(["score", "matching", "flows", "next"], SearchText.Terms(text, StopWords.English));
    }

    [Fact]
    public void MathML_is_left_out_but_the_text_around_it_is_kept()
    {
        var html = "<p>The energy <span class=\"math\"><math><mi>E</mi><mo>(</mo><mi>θ</mi><mo>)</mo></math></span> is learned.</p>"
            + "<div class=\"math math-display\"><math display=\"block\"><mi>mathvariable</mi></math></div><p>After.</p>";
        Assert.Equal(["energy", "learned", "after"], SearchText.Terms(WriteUpText.FromHtml(html), StopWords.English));
    }

    [Fact]
    public void An_unclosed_tag_ends_the_text_without_failing()
    {
        Assert.Equal(["before"], SearchText.Terms(WriteUpText.FromHtml("<p>before <a href="), StopWords.English));
    }
}
