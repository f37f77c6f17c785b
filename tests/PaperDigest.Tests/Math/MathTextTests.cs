using PaperDigest.Rendering;
using PaperDigest.Rendering.Math;
using Xunit;

namespace PaperDigest.Tests.MathML;

/// <summary>Formulas as the plain text of summaries, feeds and meta descriptions: readable Unicode, never TeX.</summary>
public sealed class MathTextTests
{
    [Theory]
    [InlineData(@"\alpha + \beta", "α + β")]
    [InlineData(@"x^2", "x²")]
    [InlineData(@"x_i", "xᵢ")]
    [InlineData(@"x^{-3}", "x⁻³")]
    [InlineData(@"W_{\text{out}}", "Wₒᵤₜ")]
    [InlineData(@"W_{\text{q}}", "W_q")]
    [InlineData(@"x^{2k+1}", "x^(2k + 1)")]
    [InlineData(@"e^{i\pi}", "e^(iπ)")]
    [InlineData(@"\frac{a+b}{2}", "(a + b)/2")]
    [InlineData(@"\frac{1}{n}", "1/n")]
    [InlineData(@"\sqrt{x}", "√x")]
    [InlineData(@"\sqrt[3]{x+1}", "∛(x + 1)")]
    [InlineData(@"\mathbb{R}^n", "ℝⁿ")]
    [InlineData(@"O(n \log n)", "O(n log n)")]
    [InlineData(@"\hat{y}", "ŷ")]
    [InlineData(@"\epsilon \le 10^{-3}", "ϵ ≤ 10⁻³")]
    [InlineData(@"f'(x)", "f′(x)")]
    [InlineData(@"\binom{n}{k}", "(n, k)")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "(a b; c d)")]
    [InlineData(@"\textcolor{red}{x} + \cancel{y}", "x + y")]
    [InlineData(@"a\phantom{b}c", "ac")]
    [InlineData(@"\braket{\phi|\psi}", "⟨ϕ|ψ⟩")]
    public void A_formula_reads_as_Unicode(string tex, string expected) => Assert.Equal(expected, MathText.Of(tex));

    [Fact]
    public void A_formula_the_converter_cannot_read_stays_as_its_TeX() =>
        Assert.Equal(@"\notacommand{x}", MathText.Of(@" \notacommand{x} "));

    [Fact]
    public void A_summary_taken_from_the_write_up_shows_no_TeX_or_Markdown()
    {
        var excerpt = MarkdownRenderer.For("/", allowHtml: false)
            .Excerpt(@"We bound the error by $\epsilon \le 10^{-3}$ for **every** $x \in \mathbb{R}^n$ &amp; [more](https://example.org).");
        Assert.Equal("We bound the error by ϵ ≤ 10⁻³ for every x ∈ ℝⁿ & more.", excerpt);
    }

    [Fact]
    public void A_long_summary_ends_at_a_sentence_when_one_ends_in_reach()
    {
        var first = "The method trains a small model first. ";
        var plain = first + "Then " + string.Join(' ', Enumerable.Repeat("word", 80));
        Assert.Equal(first.TrimEnd(), MarkdownRenderer.Shortened(plain, 60));
    }

    [Fact]
    public void A_long_summary_without_a_sentence_end_in_reach_is_cut_at_a_word()
    {
        var plain = string.Join(' ', Enumerable.Repeat("alpha", 100));
        var cut = MarkdownRenderer.Shortened(plain, 64);
        Assert.EndsWith("alpha…", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= 64, cut);
    }
}
