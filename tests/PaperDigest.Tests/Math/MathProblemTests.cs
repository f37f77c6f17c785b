using PaperDigest.Rendering;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>The parser says what kind of problem keeps a formula from converting, where, and what it names; the build's code follows the kind.</summary>
public sealed class MathProblemTests
{
    [Theory]
    [InlineData(@"x + \frobnicate{y}", "UnknownCommand", "frobnicate", 4)]
    [InlineData(@"\text{a \frob b}", "UnknownCommand", "frob", 8)]
    [InlineData(@"\begin{weird}a\end{weird}", "UnknownEnvironment", "weird", 0)]
    [InlineData(@"\ce{Fe2O3 \rust}", "UnknownCommand", "rust", 0)]
    [InlineData(@"\ce{A\bond{?}B}", "Unsupported", null, 0)]
    [InlineData(@"\begin{array}{cx} a \end{array}", "Unsupported", null, 15)]
    [InlineData(@"\frac{a}", "Malformed", null, 0)]
    [InlineData(@"x^{2", "Malformed", null, 2)]
    [InlineData(@"\color{no such colour} x", "Malformed", null, 0)]
    [InlineData(@"\def\f#1.{#1}\f ab", "Malformed", null, 13)]
    [InlineData(@"\def\a{\a}\a", "RunawayMacro", "a", 10)]
    [InlineData(@"\newcommand{\a}{\b}\newcommand{\b}{\a}\a", "RunawayMacro", null, 38)]
    public void A_refused_formula_has_a_typed_problem(string tex, string kindName, string? name, int position)
    {
        var kind = Enum.Parse<TexProblemKind>(kindName);
        var problem = TexParser.Parse(tex, false).Problem;
        Assert.NotNull(problem);
        Assert.Equal(kind, problem.Kind);
        if (name is not null)
        {
            Assert.Equal(name, problem.Name);
        }

        if (kind != TexProblemKind.RunawayMacro || name is not null)
        {
            Assert.Equal(position, problem.Position);
        }
    }

    [Fact]
    public void A_formula_that_converts_has_no_problem()
    {
        TexToMathML.Explained(@"\frac{a}{b}", false, out var problem);
        Assert.Null(problem);
    }

    [Fact]
    public void A_formula_too_long_is_not_read()
    {
        TexToMathML.Explained(new string('x', TexToMathML.MaxLength + 1), false, out var problem);
        Assert.Equal(TexProblemKind.TooLong, problem?.Kind);
        Assert.Equal("PD0140", problem?.Code);
    }

    [Theory]
    [InlineData("Inline $x + \\frobnicate{y}$ here.", "PD0140", "unsupported command \\frobnicate (at character 5)")]
    [InlineData("A $\\ce{Fe2O3 \\rust}$ here.", "PD0140", "\\ce{Fe2O3 \\rust}: unsupported command \\rust")]
    [InlineData("Unknown $\\begin{weird}a\\end{weird}$.", "PD0140", "unsupported environment weird")]
    [InlineData("Missing $\\frac{a}$ part.", "PD0141", "\\frac is missing its argument")]
    [InlineData("Bad $\\ce{A\\bond{?}B}$ bond.", "PD0140", "unknown bond ?")]
    [InlineData("Endless $\\def\\a{\\a}\\a$ macro.", "PD0142", "macro \\a expands too often")]
    public void A_write_up_warns_with_the_code_of_the_kind(string markdown, string code, string message)
    {
        var rendered = MarkdownRenderer.For("/").Render(markdown);
        var warning = Assert.Single(rendered.Warnings);
        Assert.Equal(code, warning.Code);
        Assert.Contains(message, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inline $x + \\frobnicate{y}$ here.", 0, 12)]
    [InlineData("Two\nlines $\\alpha \\beta\\gamma \\foo$", 1, 26)]
    [InlineData("$$\n\\frac{a}{b}\n   + \\foo\n$$", 2, 5)]
    [InlineData("$$\n  \\foo\n$$", 1, 2)]
    public void The_warning_stands_where_the_parser_stopped(string markdown, int line, int column)
    {
        var warning = Assert.Single(MarkdownRenderer.For("/").Render(markdown).Warnings);
        Assert.Equal((line, column), (warning.Line, warning.Column));
    }

    /// <summary>The kinds map to the three codes; the message's words play no part.</summary>
    [Theory]
    [InlineData("UnknownCommand", "PD0140")]
    [InlineData("UnknownEnvironment", "PD0140")]
    [InlineData("Unsupported", "PD0140")]
    [InlineData("TooLong", "PD0140")]
    [InlineData("Malformed", "PD0141")]
    [InlineData("RunawayMacro", "PD0142")]
    public void The_code_follows_the_kind(string kind, string code) =>
        Assert.Equal(code, new TexProblem(Enum.Parse<TexProblemKind>(kind), "unsupported command \\x", 0).Code);
}
