using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary><c>\char</c>, <c>\verb</c> and <c>\reflectbox</c>: characters by code, verbatim text, mirrored text.</summary>
public sealed class MathCharacterCodeTests
{
    [Theory]
    [InlineData(@"\char65", "<mi>A</mi>")]
    [InlineData(@"\char""41", "<mi>A</mi>")]
    [InlineData(@"\char'101", "<mi>A</mi>")]
    [InlineData(@"\char`A", "<mi>A</mi>")]
    [InlineData(@"\char""3B1", "<mi>α</mi>")]
    [InlineData(@"\char 43", "<mi>+</mi>")]
    [InlineData(@"\char""263A 1", "<mi>☺</mi><mn>1</mn>")]
    [InlineData(@"\verb|a_b {c}|", "<mtext>𝚊_𝚋\u00A0{𝚌}</mtext>")]
    [InlineData(@"\verb!\frac{x}!", "<mtext>\\𝚏𝚛𝚊𝚌{𝚡}</mtext>")]
    [InlineData(@"\verb*|a b|", "<mtext>𝚊␣𝚋</mtext>")]
    [InlineData(@"\reflectbox{ab}", "<mrow class=\"math-reflectbox\"><mtext>ab</mtext></mrow>")]
    public void Converts(string tex, string expected)
    {
        var html = TexToMathML.Convert(tex, false);
        Assert.False(MathOutput.IsFallback(html), TexParser.Parse(tex, false).Error);
        Assert.True(html.Contains(expected, StringComparison.Ordinal), html);
        MathOutput.AssertValid(html);
    }

    [Theory]
    [InlineData(@"\char", @"\char needs the code of a character")]
    [InlineData(@"\char""110000", @"\char needs the code of a character")]
    [InlineData(@"\char""D800", @"\char needs the code of a character")]
    [InlineData(@"\char7", @"\char needs the code of a character")]
    [InlineData(@"\char99999999999999999999", @"\char needs the code of a character")]
    [InlineData(@"\verb|never closed", @"\verb needs its text between two equal characters")]
    [InlineData("\\verb|two\nlines|", @"\verb needs its text between two equal characters")]
    [InlineData(@"\verb", @"\verb needs its text between two equal characters")]
    public void Refused_notation_says_why(string tex, string reason)
    {
        var error = TexParser.Parse(tex, false).Error;
        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
