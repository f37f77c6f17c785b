using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>Macros a formula defines for itself: <c>\newcommand</c>, <c>\def</c>, <c>\let</c> and their bounds.</summary>
public sealed class MathMacroDefinitionTests
{
    [Theory]
    [InlineData(@"\newcommand{\sq}[1]{#1^2}\sq{x}+\sq y", "x^2+y^2")]
    [InlineData(@"\newcommand\Q{\mathbb{Q}}\Q", @"\mathbb{Q}")]
    [InlineData(@"\newcommand{\pair}[2]{(#1,#2)}\pair{a}{\frac12}", @"(a,\frac12)")]
    [InlineData(@"\renewcommand{\R}{X}\R", "X")]
    [InlineData(@"\renewcommand{\alpha}{a}\alpha", "a")]
    [InlineData(@"\providecommand{\R}{X}\R", @"\mathbb{R}")]
    [InlineData(@"\providecommand{\e}{\mathrm{e}}\e^x", @"\mathrm{e}^x")]
    [InlineData(@"\def\d#1#2{\frac{d#1}{d#2}}\d y x", @"\frac{dy}{dx}")]
    [InlineData(@"\gdef\half{\frac12}\half", @"\frac12")]
    [InlineData(@"\global\def\half{\frac12}\half", @"\frac12")]
    [InlineData(@"\let\to\mapsto x\to y", @"x\mapsto y")]
    [InlineData(@"\let\eps=\varepsilon \eps", @"\varepsilon")]
    [InlineData(@"\def\a{b}\let\c\a\def\a{z}\c\a", "bz")]
    [InlineData(@"\def\a{x}\def\b{\a\a}\b", "xx")]
    public void A_definition_converts_as_its_expansion(string tex, string expanded)
    {
        var html = TexToMathML.Convert(tex, false);
        Assert.False(MathOutput.IsFallback(html), TexParser.Parse(tex, false).Error);
        Assert.Equal(Drawn(TexToMathML.Convert(expanded, false)), Drawn(html));
    }

    /// <summary>The MathML without the annotation that repeats the TeX.</summary>
    private static string Drawn(string html) => html[..html.IndexOf("<annotation", StringComparison.Ordinal)];

    [Fact]
    public void A_definition_holds_only_in_its_own_formula()
    {
        Assert.False(MathOutput.IsFallback(TexToMathML.Convert(@"\def\k{K}\k", false)));
        Assert.Equal(@"unsupported command \k (at character 1)", TexParser.Parse(@"\k", false).Error);
    }

    [Theory]
    [InlineData(@"\def\a{\a}\a", @"macro \a expands too often")]
    [InlineData(@"\def\a{\a\a}\a", @"macro \a expands too often")]
    [InlineData(@"\def\a#1{\a{#1#1}}\a x", @"macro \a expands too far")]
    [InlineData(@"\newcommand{\a}{\b}\newcommand{\b}{\a}\a", @"macro \")]
    [InlineData(@"\let\a\a\a", @"macro \a expands too often")]
    [InlineData(@"\def\a{{\a}}\a", "nests too deeply")]
    [InlineData(@"\def\a{x^{\a}}\a", "nests too deeply")]
    public void A_definition_that_uses_itself_is_refused_naming_the_macro(string tex, string reason)
    {
        var started = DateTime.UtcNow;
        var error = TexParser.Parse(tex, false).Error;
        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "a runaway macro must stop quickly");
    }

    [Theory]
    [InlineData(@"\newcommand{\R}{X}", @"\newcommand cannot define \R, which is already defined: use \renewcommand")]
    [InlineData(@"\newcommand{\f}[1]{#2}", @"# must be followed by an argument number from 1 to 1")]
    [InlineData(@"\newcommand{\f}[x]{#1}", "needs a number of arguments")]
    [InlineData(@"\newcommand{\f}[1][0]{#1}", "unsupported: a default for an optional argument")]
    [InlineData(@"\def\f#1.{#1}", @"unsupported: \def parameters other than")]
    [InlineData(@"\def\f#2{#2}", @"unsupported: \def parameters other than")]
    [InlineData(@"\def x{y}", @"\def needs a command name")]
    [InlineData(@"\def\f", @"\def\f is missing its body")]
    [InlineData(@"\newcommand{\f}", @"\newcommand is missing its argument")]
    [InlineData(@"\let\a", @"\let\a needs a command or character")]
    public void A_definition_written_wrongly_says_why(string tex, string reason)
    {
        var error = TexParser.Parse(tex, false).Error;
        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
