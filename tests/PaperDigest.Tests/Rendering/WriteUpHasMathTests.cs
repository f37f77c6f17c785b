using PaperDigest.Rendering;

namespace PaperDigest.Tests.Rendering;

/// <summary>Whether a rendered write-up shows MathML, which decides whether its page loads the math font.</summary>
public sealed class WriteUpHasMathTests
{
    [Theory]
    [InlineData("Energy $E(x)$ of a state.", true)]
    [InlineData("$$\n\\sum_i x_i\n$$", true)]
    [InlineData("No formula, only a price of $5 and `<math>` in code.", false)]
    [InlineData("A formula shown as its TeX: $\\unknowncommand{x}$.", false)]
    public void A_write_up_has_math_when_a_formula_became_MathML(string markdown, bool hasMath)
    {
        var html = MarkdownRenderer.For("/").ToHtml(markdown);
        WriteUpHtml inMemory = html;
        Assert.Equal(hasMath, inMemory.HasMath);

        using var store = WriteUpStore.Temporary();
        Assert.Equal(hasMath, store.Add(html).HasMath);
    }

    [Theory]
    [InlineData("<p><mathematics>not math</mathematics></p>", false)]
    [InlineData("<math>", true)]
    [InlineData("<p>ends with <math", false)]
    public void Only_a_math_start_tag_counts(string html, bool holds) => Assert.Equal(holds, WriteUpHtml.HoldsMath(html));
}
