using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>The exact MathML of each notation family added for Temml's coverage (these run without node).</summary>
public sealed class MathNotationTests
{
    [Theory]
    // Colour: named colours are classes (the CSP forbids inline styles), others mathcolor/mathbackground.
    [InlineData(@"\color{red} x", "<mrow class=\"math-color-red\"><mi>x</mi></mrow>")]
    [InlineData(@"\textcolor{BrickRed}{y}", "<mrow class=\"math-color-dvips-brick-red\"><mi>y</mi></mrow>")]
    [InlineData(@"\textcolor{#1f77b4}{y}", "<mrow mathcolor=\"#1f77b4\"><mi>y</mi></mrow>")]
    [InlineData(@"\textcolor[rgb]{1,0,0}{y}", "<mrow mathcolor=\"#ff0000\"><mi>y</mi></mrow>")]
    [InlineData(@"\colorbox{yellow}{hi}", "<mrow class=\"math-colorbox\" mathbackground=\"#ffff00\"><mtext>hi</mtext></mrow>")]
    [InlineData(@"\fcolorbox{red}{white}{hi}", "<mrow class=\"math-colorbox math-boxed math-frame-red\" mathbackground=\"#ffffff\"><mtext>hi</mtext></mrow>")]
    // Cancelling and boxes.
    [InlineData(@"\cancel{x}", "<mrow class=\"math-cancel\"><mi>x</mi></mrow>")]
    [InlineData(@"\bcancel{x}", "<mrow class=\"math-bcancel\"><mi>x</mi></mrow>")]
    [InlineData(@"\xcancel{x}", "<mrow class=\"math-xcancel\"><mi>x</mi></mrow>")]
    [InlineData(@"\cancelto{0}{x}", "<msup><mrow class=\"math-cancelto\"><mi>x</mi></mrow><mn>0</mn></msup>")]
    [InlineData(@"\boxed{x}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mrow class=\"math-boxed\"><mi>x</mi></mrow></mstyle>")]
    [InlineData(@"\fbox{a b}", "<mrow class=\"math-boxed\"><mtext>a\u00A0b</mtext></mrow>")]
    // Phantoms and overlaps.
    [InlineData(@"\phantom{x}", "<mphantom><mi>x</mi></mphantom>")]
    [InlineData(@"\hphantom{x}", "<mpadded height=\"0px\" depth=\"0px\"><mphantom><mi>x</mi></mphantom></mpadded>")]
    [InlineData(@"\vphantom{x}", "<mpadded width=\"0px\"><mphantom><mi>x</mi></mphantom></mpadded>")]
    [InlineData(@"\smash[b]{x}", "<mpadded depth=\"0px\"><mi>x</mi></mpadded>")]
    [InlineData(@"\mathrlap{x}", "<mpadded width=\"0px\"><mi>x</mi></mpadded>")]
    // Kerns and sizes.
    [InlineData(@"a\kern2mu b", "<mspace width=\"0.1111em\"></mspace>")]
    [InlineData(@"a\hspace{3pt}b", "<mspace width=\"0.3em\"></mspace>")]
    [InlineData(@"\Large x", "<mstyle mathsize=\"1.44em\"><mi>x</mi></mstyle>")]
    [InlineData(@"\scriptstyle x", "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>x</mi></mstyle>")]
    // Extensible arrows: the label over a stretchy arrow, a minimum width under it.
    [InlineData(@"\xrightarrow{f}", "<munderover><mo stretchy=\"true\" lspace=\"0em\" rspace=\"0em\" movablelimits=\"false\">→</mo><mspace width=\"2.5em\"></mspace><mrow><mspace width=\"0.4286em\"></mspace><mi>f</mi><mspace width=\"0.4286em\"></mspace></mrow></munderover>")]
    // Atom classes and operator names.
    [InlineData(@"a \mathrel{R} b", "<mo stretchy=\"false\" lspace=\"0.2778em\" rspace=\"0.2778em\">R</mo>")]
    [InlineData(@"\mathop{\mathrm{Res}}_{z} f", "<msub><mo stretchy=\"false\" lspace=\"0.1667em\" rspace=\"0.1667em\">Res</mo><mi>z</mi></msub>")]
    [InlineData(@"\operatorname*{argmax}_x f", "<msub><mi>argmax</mi><mi>x</mi></msub>")]
    // Braket and macros.
    [InlineData(@"\braket{a|b}", "<mrow><mi>a</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mi>b</mi></mrow><mo stretchy=\"false\">⟩</mo>")]
    [InlineData(@"\Braket{a|b}", "<mo fence=\"true\" stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo>")]
    [InlineData(@"\set{x|x>0}", "<mo lspace=\"0.2778em\" rspace=\"0.2778em\">∣</mo>")]
    [InlineData(@"\R^n", "<msup><mi>ℝ</mi><mi>n</mi></msup>")]
    [InlineData(@"\abs{x}", "<mo fence=\"true\" stretchy=\"true\">|</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\">|</mo>")]
    // Fractions: \cfrac keeps display style in both parts; infix commands; \genfrac.
    [InlineData(@"\cfrac{1}{x}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mstyle displaystyle=\"true\" scriptlevel=\"0\"><mn>1</mn></mstyle><mstyle displaystyle=\"true\" scriptlevel=\"0\"><mi>x</mi></mstyle></mfrac></mstyle>")]
    [InlineData(@"{a \over b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")]
    [InlineData(@"{n \choose k}", "<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>")]
    [InlineData(@"\genfrac{[}{]}{0pt}{}{n}{k}", "<mo fence=\"true\" stretchy=\"true\">[</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>")]
    // Primes: ' and ^{\prime} are the same raised glyph on the baseline.
    [InlineData(@"f'", "<mi>f</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">′</mo>")]
    [InlineData(@"f^{\prime}", "<mi>f</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">′</mo>")]
    // Styled text is Unicode's styled letters (MathML Core's mtext has no mathvariant).
    [InlineData(@"\textbf{ab1}", "<mtext>𝐚𝐛𝟏</mtext>")]
    [InlineData(@"\textit{h}", "<mtext>ℎ</mtext>")]
    [InlineData(@"\texttt{ab}", "<mtext>𝚊𝚋</mtext>")]
    [InlineData(@"\textsf{ab}", "<mtext>𝖺𝖻</mtext>")]
    [InlineData(@"\text{a \textbf{b \textit{c}}}", "<mtext>a\u00A0𝐛\u00A0𝒄</mtext>")]
    [InlineData(@"\text{caf\'e}", "<mtext>café</mtext>")]
    [InlineData(@"\text{for $x>0$ only}", "<mrow><mtext>for\u00A0</mtext><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow><mtext>\u00A0only</mtext></mrow>")]
    [InlineData(@"\mathbbm{1}", "<mn>𝟙</mn>")]
    // Tables: matrices and aligned carry the classes the theme styles.
    [InlineData(@"\begin{smallmatrix} a \end{smallmatrix}", "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mtable class=\"math-small\">")]
    [InlineData(@"\substack{a\\b}", "<mtable class=\"math-small\">")]
    [InlineData(@"\begin{pmatrix*}[r] 1 \end{pmatrix*}", "<mtable class=\"math-matrix\" columnalign=\"right\">")]
    [InlineData(@"\sideset{_a}{^b}\sum", "<mmultiscripts><mo>∑</mo><mrow></mrow><mi>b</mi><mprescripts></mprescripts><mi>a</mi><mrow></mrow></mmultiscripts>")]
    [InlineData(@"x \tag{1}", "<mtable class=\"math-tag\" displaystyle=\"true\" columnalign=\"center center right\">")]
    [InlineData(@"x \label{eq} = 1", "<mi>x</mi><mo>=</mo><mn>1</mn>")]
    [InlineData(@"\not{x}", "<mi>x\u0338</mi>")]
    public void Notation_converts_to_this_MathML(string tex, string expected)
    {
        var html = TexToMathML.Convert(tex, displayMode: tex.Contains(@"\tag", StringComparison.Ordinal));
        Assert.Contains(expected, html, StringComparison.Ordinal);
        MathOutput.AssertWellFormed(html);
        MathOutput.AssertSafeHtml(html);
    }

    [Theory]
    [InlineData(@"\color{not a colour} x", "needs a colour")]
    [InlineData(@"\kern{3furlongs}", "needs a length")]
    [InlineData(@"\genfrac{x}{)}{0pt}{}{a}{b}", "needs delimiters")]
    [InlineData(@"\includegraphics{x.png}", "unsupported command \\includegraphics")]
    public void Refused_notation_says_why(string tex, string reason)
    {
        var error = TexParser.Parse(tex, false).Error;
        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_class_the_writer_uses_is_listed_and_styled()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "assets", "site.css"));
        foreach (var name in MathClasses.All.Where(name => name is not (MathClasses.Math or MathClasses.Display)))
        {
            Assert.Contains("." + name + " ", css, StringComparison.Ordinal);
        }

        Assert.Contains(MathColor.ClassOf("RoyalBlue"), MathClasses.All);
    }
}
