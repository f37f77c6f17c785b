using PaperDigest.Scaffolding;

namespace PaperDigest.Tests.Scaffolding;

/// <summary>TeX in BibTeX values as plain Unicode text: every construct editors meet in exported .bib files.</summary>
public sealed class TexToUnicodeTests
{
    [Theory]
    [InlineData(@"M{\""u}ller", "Müller")]
    [InlineData(@"L{\""o}wen", "Löwen")]
    [InlineData(@"Mall{\'e}jac", "Malléjac")]
    [InlineData(@"\""{o}", "ö")]
    [InlineData(@"\""o", "ö")]
    [InlineData(@"\'e", "é")]
    [InlineData(@"\`a", "à")]
    [InlineData(@"\^o", "ô")]
    [InlineData(@"\~n", "ñ")]
    [InlineData(@"Fran\c{c}ois", "François")]
    [InlineData(@"Fran\c cois", "François")]
    [InlineData(@"\v{s}", "š")]
    [InlineData(@"\v{C}ech", "Čech")]
    [InlineData(@"\u{a}", "ă")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"\k{a}", "ą")]
    [InlineData(@"\=a", "ā")]
    [InlineData(@"\.z", "ż")]
    [InlineData(@"\r{a}", "å")]
    [InlineData(@"\'{\i}", "í")]
    [InlineData(@"\'\i", "í")]
    [InlineData(@"Schr{\""o}dinger", "Schrödinger")]
    public void Accents_become_precomposed_letters(string tex, string expected)
    {
        var text = TexToUnicode.Convert(tex);
        Assert.Equal(expected, text);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(@"{\o}rsted", "ørsted")]
    [InlineData(@"\O", "Ø")]
    [InlineData(@"Gau{\ss}", "Gauß")]
    [InlineData(@"{\ae}", "æ")]
    [InlineData(@"{\AE}", "Æ")]
    [InlineData(@"{\l}ukasz", "łukasz")]
    [InlineData(@"{\L}ukasz", "Łukasz")]
    [InlineData(@"\i", "ı")]
    [InlineData(@"{\aa}", "å")]
    [InlineData(@"{\oe}uvre", "œuvre")]
    public void Special_letters_are_spelt_out(string tex, string expected) =>
        Assert.Equal(expected, TexToUnicode.Convert(tex));

    [Theory]
    [InlineData("pages 10--20", "pages 10–20")]
    [InlineData("yes---no", "yes—no")]
    [InlineData("well-posed", "well-posed")]
    [InlineData("Fig.~3", "Fig. 3")]
    [InlineData(@"R\&D", "R&D")]
    [InlineData(@"50\% faster", "50% faster")]
    [InlineData(@"\$5", "$5")]
    [InlineData(@"snake\_case", "snake_case")]
    [InlineData(@"\#1", "#1")]
    [InlineData(@"\{x\}", "{x}")]
    [InlineData("``quoted''", "“quoted”")]
    public void Dashes_ties_and_escaped_characters(string tex, string expected) =>
        Assert.Equal(expected, TexToUnicode.Convert(tex));

    [Theory]
    [InlineData("{DNA} and {RNA}", "DNA and RNA")]
    [InlineData("{{Learning Energy-Based Models}}", "Learning Energy-Based Models")]
    [InlineData(@"\emph{Ab initio} methods", "Ab initio methods")]
    [InlineData(@"\textit{in vivo}", "in vivo")]
    [InlineData(@"\textbf{Bold} claim", "Bold claim")]
    [InlineData(@"{\it italic} text", "italic text")]
    [InlineData(@"\textsc{Sc}", "Sc")]
    public void Protective_braces_and_font_commands_are_dropped(string tex, string expected) =>
        Assert.Equal(expected, TexToUnicode.Convert(tex));

    [Theory]
    [InlineData(@"Learning $\alpha$-divergences", @"Learning $\alpha$-divergences")]
    [InlineData(@"The $O(n^{2})$ barrier---broken", @"The $O(n^{2})$ barrier—broken")]
    [InlineData(@"$\mathcal{N}=4$ SYM", @"$\mathcal{N}=4$ SYM")]
    [InlineData(@"Costs \$5 and $x_{i--1}$", @"Costs $5 and $x_{i--1}$")]
    public void Math_is_kept_as_written(string tex, string expected) =>
        Assert.Equal(expected, TexToUnicode.Convert(tex));

    [Theory]
    [InlineData("  A\n   title  with\tspaces ", "A title with spaces")]
    [InlineData(@"\unknowncommand{x}", @"\unknowncommand{x}")]
    [InlineData(@"unbalanced {brace", "unbalanced brace")]
    [InlineData(@"trailing \", @"trailing \")]
    [InlineData("", "")]
    public void White_space_collapses_and_nothing_unknown_is_lost(string tex, string expected) =>
        Assert.Equal(expected, TexToUnicode.Convert(tex));

    [Fact]
    public void Decomposed_input_comes_out_composed()
    {
        var text = TexToUnicode.Convert("Lo\u0308wen");
        Assert.Equal("Löwen", text);
        Assert.Equal(5, text.Length);
    }
}
