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

    [Fact]
    public void A_hundred_thousand_nested_accents_convert_on_a_small_stack()
    {
        var tex = Repeat(@"\'{", 100_000) + "e" + new string('}', 100_000);

        var text = SmallStack.Run(() => TexToUnicode.Convert(tex));

        Assert.Equal("é" + new string('\u0301', 99_999), text);
    }

    /// <remarks>
    /// Cedillas and carons alternate in the last chain: the text's normalisation puts each mark of the lower combining
    /// class first, in time that grows with the square of the run of marks (half a minute of processor time for 100,000 pairs), so that chain
    /// is 20,000 long, still far more levels than the small stack holds if conversion recursed.
    /// </remarks>
    [Theory]
    [InlineData(@"\'", "", 100_000)]
    [InlineData(@"\emph{", "}", 100_000)]
    [InlineData(@"{\'", "}", 100_000)]
    [InlineData(@"\c{\v ", "}", 20_000)]
    public void Accent_and_wrapper_chains_tens_of_thousands_long_convert_on_a_small_stack(string open, string close, int length)
    {
        var tex = Repeat(open, length) + "x" + Repeat(close, length);

        var text = SmallStack.Run(() => TexToUnicode.Convert(tex));

        Assert.StartsWith("x", text, StringComparison.Ordinal);
        Assert.True(text.Skip(1).All(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark), "only accents follow the letter");
    }

    [Fact]
    public void An_unknown_command_keeps_deeply_nested_arguments_as_written()
    {
        var argument = new string('{', 100_000) + "x" + new string('}', 100_000);

        Assert.Equal(@"\unknown" + argument, SmallStack.Run(() => TexToUnicode.Convert(@"\unknown" + argument)));
    }

    [Theory]
    [InlineData(@"\'{🧪}", "🧪\u0301")]
    [InlineData(@"\'🧪", "🧪\u0301")]
    [InlineData(@"\'{\'{𝔼}}", "𝔼\u0301\u0301")]
    public void An_accent_on_a_character_outside_the_basic_plane_keeps_it_whole(string tex, string expected) =>
        Assert.Equal(expected, TexToUnicode.Convert(tex));

    [Theory]
    [InlineData(@"\'{\`{a}}", "a\u0301\u0300")]
    [InlineData(@"\'{}x", "x")]
    [InlineData(@"\'\emph{abc}", "ábc")]
    [InlineData(@"\'\unknown{x}", "\\\u0301unknown{x}")]
    [InlineData(@"\emph{a {b}", "a b")]
    [InlineData(@"x\'", "x")]
    public void Nested_and_unfinished_accents_as_before(string tex, string expected) =>
        Assert.Equal(expected.Normalize(System.Text.NormalizationForm.FormC), TexToUnicode.Convert(tex));

    private static string Repeat(string text, int count) => new System.Text.StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
