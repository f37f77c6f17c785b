using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// The exact MathML of amscd's <c>CD</c> diagrams, <c>\bordermatrix</c>, the overlaps, <c>\cancelto</c>,
/// <c>\fcolorbox</c> with any frame colour, and TeX's thin space before <c>\left(</c>.
/// </summary>
public sealed class MathDiagramTests
{
    private const string Right = "<mrow><mspace width=\"0.2778em\"></mspace><munderover><mo stretchy=\"true\" lspace=\"0em\" rspace=\"0em\" movablelimits=\"false\">→</mo>";

    [Theory]
    // An object row alternates objects and horizontal arrows; an arrow row sets vertical arrows under the objects.
    [InlineData(@"\begin{CD} A @>f>> B \end{CD}",
        "<mtable class=\"math-cd\" displaystyle=\"true\"><mtr><mtd><mi>A</mi></mtd><mtd>" + Right
        + "<mrow><mspace width=\"0.4286em\"></mspace><mrow><mrow></mrow><mspace width=\"3em\"></mspace></mrow><mspace width=\"0.4286em\"></mspace></mrow>"
        + "<mrow><mspace width=\"0.4286em\"></mspace><mi>f</mi><mspace width=\"0.4286em\"></mspace></mrow></munderover><mspace width=\"0.2778em\"></mspace></mrow></mtd><mtd><mi>B</mi></mtd></mtr></mtable>")]
    [InlineData(@"\begin{CD} A \\ @VgVV \\ C \end{CD}",
        "<mtr><mtd><mrow><mpadded width=\"0px\"><mrow class=\"math-llap\"><mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>g</mi></mstyle></mrow></mpadded>"
        + "<mo stretchy=\"true\" lspace=\"0em\" rspace=\"0em\" minsize=\"1.8em\" maxsize=\"1.8em\">↓</mo><mpadded width=\"0px\"><mstyle displaystyle=\"false\" scriptlevel=\"1\"><mrow></mrow></mstyle></mpadded></mrow></mtd></mtr>")]
    [InlineData(@"\begin{CD} A @= B \\ @AAA @| \\ C @<<< D \end{CD}", "<mtd><mrow></mrow></mtd><mtd><mrow><mpadded width=\"0px\"><mrow class=\"math-llap\">")]
    [InlineData(@"\begin{CD} A @>\substack{a\\b}>> B \\ @VVV \end{CD}", "<mtable class=\"math-small\">")]
    [InlineData(@"\begin{CD} \begin{matrix} a \\ b \end{matrix} @>>> B \end{CD}", "<mtable class=\"math-matrix\">")]
    [InlineData(@"\begin{CD} A @. B \end{CD}", "<mtr><mtd><mi>A</mi></mtd><mtd><mrow></mrow></mtd><mtd><mi>B</mi></mtd></mtr>")]
    // \bordermatrix: labels outside, the entries' outer cells drawn as parentheses by the theme.
    [InlineData(@"\bordermatrix{ & a & b \cr x & 1 & 2 \cr y & 3 & 4}",
        "<mtable class=\"math-matrix math-bordermatrix\" columnalign=\"right center center\"><mtr><mtd columnalign=\"right\" class=\"math-align-right\"><mrow></mrow></mtd><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
        + "<mtr><mtd columnalign=\"right\" class=\"math-align-right\"><mi>x</mi></mtd><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd columnalign=\"right\" class=\"math-align-right\"><mi>y</mi></mtd><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable>")]
    [InlineData(@"\bordermatrix{ & a \cr x & 1 & 2}", "<mtr><mtd columnalign=\"right\" class=\"math-align-right\"><mrow></mrow></mtd><mtd><mi>a</mi></mtd><mtd><mrow></mrow></mtd></mtr>")]
    // Overlaps: the content is shifted by its own width, in a zero-width box.
    [InlineData(@"\mathllap{x}y", "<mpadded width=\"0px\"><mrow class=\"math-llap\"><mi>x</mi></mrow></mpadded><mi>y</mi>")]
    [InlineData(@"\mathclap{x}y", "<mpadded width=\"0px\"><mrow class=\"math-clap\"><mi>x</mi></mrow></mpadded><mi>y</mi>")]
    [InlineData(@"\mathrlap{x}y", "<mpadded width=\"0px\"><mi>x</mi></mpadded><mi>y</mi>")]
    // \cancelto: a strike with an arrowhead (a class), the value as a superscript.
    [InlineData(@"\cancelto{0}{x+y}", "<msup><mrow class=\"math-cancelto\"><mi>x</mi><mo>+</mo><mi>y</mi></mrow><mn>0</mn></msup>")]
    // \fcolorbox: a named frame is a class; any other colour is the background of an outer box, so no inline style.
    [InlineData(@"\fcolorbox{#ff0000}{yellow}{A}", "<mrow class=\"math-fcolorbox\" mathbackground=\"#ff0000\"><mrow class=\"math-colorbox\" mathbackground=\"#ffff00\"><mtext>A</mtext></mrow></mrow>")]
    [InlineData(@"\fcolorbox[HTML]{1F77B4}{white}{A}", "<mrow class=\"math-fcolorbox\" mathbackground=\"#1F77B4\"><mrow class=\"math-colorbox\" mathbackground=\"#ffffff\">")]
    [InlineData(@"\fcolorbox{blue}{white}{A}", "<mrow class=\"math-colorbox math-boxed math-frame-blue\" mathbackground=\"#ffffff\"><mtext>A</mtext></mrow>")]
    // TeX's thin space between an ordinary atom and \left…\right (Ord–Inner), as after a function name.
    [InlineData(@"\mathrm{Cov}_k\left(X\right)", "<mi mathvariant=\"normal\">v</mi></mrow><mi>k</mi></msub><mspace width=\"0.1667em\"></mspace><mrow><mo fence=\"true\" stretchy=\"true\">(</mo>")]
    [InlineData(@"f\left(x\right)", "<mi>f</mi><mspace width=\"0.1667em\"></mspace><mrow><mo fence=\"true\" stretchy=\"true\">(</mo>")]
    [InlineData(@"\exp\left(x\right)", "<mi>exp</mi><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><mrow><mo fence=\"true\" stretchy=\"true\">(</mo>")]
    [InlineData(@"f(x)", "<mi>f</mi><mo stretchy=\"false\">(</mo>")]
    public void Converts_to_this_MathML(string tex, string expected)
    {
        var html = TexToMathML.Convert(tex, displayMode: tex.Contains("CD", StringComparison.Ordinal));
        Assert.False(MathOutput.IsFallback(html), TexParser.Parse(tex, false).Error);
        Assert.True(html.Contains(expected, StringComparison.Ordinal), html);
        MathOutput.AssertValid(html);
    }

    [Theory]
    [InlineData(@"\begin{CD} A @>f> B \end{CD}", "needs three >")]
    [InlineData(@"\begin{CD} A @x B \end{CD}", "an @ in a CD diagram starts an arrow")]
    [InlineData(@"\begin{CD} A @>>> B", "\\begin{CD} has no matching \\end{CD}")]
    [InlineData(@"\bordermatrix{ & a \cr x & 1", "the { of \\bordermatrix is never closed")]
    [InlineData(@"\bordermatrix x", "\\bordermatrix needs its rows in braces")]
    [InlineData(@"\bordermatrix{ a }", "\\bordermatrix needs a row of column labels")]
    public void A_diagram_written_wrongly_says_why(string tex, string reason)
    {
        var problem = TexParser.Parse(tex, true).Problem;
        Assert.NotNull(problem);
        Assert.Equal(TexProblemKind.Malformed, problem.Kind);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagram_reads_as_Unicode_in_summaries() =>
        Assert.DoesNotContain("@", MathText.Of(@"\begin{CD} A @>f>> B \end{CD}"), StringComparison.Ordinal);
}
