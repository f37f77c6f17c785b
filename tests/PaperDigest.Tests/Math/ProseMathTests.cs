using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>Formulas in plain text (an editor's tldr) as readable Unicode, for the e-mail edition.</summary>
public sealed class ProseMathTests
{
    [Theory]
    [InlineData("Bounds the loss by $\\alpha^2 \\le \\beta_i$ at most.", "Bounds the loss by α² ≤ βᵢ at most.")]
    [InlineData("Two: $x$ and $$\\mathbb{R}^n$$.", "Two: x and ℝⁿ.")]
    [InlineData("It costs $5 and $10 a month.", "It costs $5 and $10 a month.")]
    [InlineData("An escaped \\$ sign and $ x$ with a space.", "An escaped $ sign and $ x$ with a space.")]
    [InlineData("Unclosed $x forever", "Unclosed $x forever")]
    [InlineData("No formulas at all.", "No formulas at all.")]
    public void Formulas_become_unicode_and_dollar_amounts_stay(string text, string readable) =>
        Assert.Equal(readable, ProseMath.Readable(text));

    [Fact]
    public void A_formula_that_cannot_be_converted_stays_as_its_tex() =>
        Assert.Equal("See \\unknowncommand{x}.", ProseMath.Readable("See $\\unknowncommand{x}$."));
}
