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
    // An optional first argument with a default.
    [InlineData(@"\newcommand{\f}[2][y]{#1+#2}\f{a}\f[b]{c}", "y+ab+c")]
    [InlineData(@"\newcommand{\nrm}[1][2]{\|#1\|_{#1}}\nrm \nrm[\infty]", @"\|2\|_{2}\|\infty\|_{\infty}")]
    [InlineData(@"\newcommand{\f}[1][{]}]{#1}\f[{[}]", "[")]
    // Delimited parameters: each argument runs to the tokens after its parameter.
    [InlineData(@"\def\foo#1.{[#1]}\foo ab.c", "[ab]c")]
    [InlineData(@"\def\p(#1,#2){#1^{#2}}\p(a,b)", "a^{b}")]
    [InlineData(@"\def\foo#1#2.{#2#1}\foo ab.", "ba")]
    [InlineData(@"\def\foo#1.{#1}\foo{ab}.", "ab")]
    [InlineData(@"\def\foo#1.{#1}\foo{a.b}.", "a.b")]
    // \edef expands its body where it stands; \xdef is a global \edef.
    [InlineData(@"\def\a{x}\edef\b{\a\a}\def\a{y}\b\a", "xxy")]
    [InlineData(@"\def\a{x}\def\b{\a}\edef\c{\b}\def\a{z}\c", "x")]
    [InlineData(@"{\xdef\y{c}}\y", "{}c")]
    // A definition ends with its braced group; \gdef and \global outlive it.
    [InlineData(@"\def\x{a}{\def\x{b}\x}\x", "{b}a")]
    [InlineData(@"\def\x{a}{\gdef\x{b}\x}\x", "{b}b")]
    [InlineData(@"{\global\let\x=a}\x", "{}a")]
    [InlineData(@"\def\x{a}{\def\x{b}{\def\x{c}\x}\x}\x", "{{c}b}a")]
    [InlineData(@"\def\x{a}{\def\x{b}\gdef\x{c}}\x", "{}c")]
    [InlineData(@"\frac{\def\x{a}\x}{\def\x{b}\x}", @"\frac{a}{b}")]
    // Macros in text are expanded and read as text.
    [InlineData(@"\def\n{Foo}\text{a \n}", @"\text{a Foo}")]
    [InlineData(@"\newcommand{\w}[1]{#1s}\text{two \w{cat}}", @"\text{two cats}")]
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
    [InlineData(@"\newcommand{\f}[0][0]{x}", "has a default for an optional argument but no arguments")]
    [InlineData(@"\newcommand{\f}[1][0{x}", "the [ of an optional argument is never closed")]
    [InlineData(@"\def\f#2{#2}", @"\def\f: the parameters are #1, #2 … in order")]
    [InlineData(@"\def\f#1.{#1}\f ab", @"argument #1 of \f is not ended by .")]
    [InlineData(@"\def\p(#1){#1}\p x", @"the use of \p does not match its definition: ( must follow it")]
    [InlineData(@"{\def\k{K}}\k", @"unsupported command \k")]
    [InlineData(@"\begin{matrix}\def\k{K}\k & \k\end{matrix}", @"unsupported command \k")]
    [InlineData(@"\global x", @"\global must be followed by a definition")]
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
