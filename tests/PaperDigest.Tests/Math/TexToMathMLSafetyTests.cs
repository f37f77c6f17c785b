using PaperDigest.Rendering;
using System.Text;
using PaperDigest.Rendering.Math;
using PaperDigest.Tests.Fuzzing;

namespace PaperDigest.Tests.MathML;

/// <summary>Hostile, malformed and unsupported input: always readable, escaped, well-formed and quick; never an exception.</summary>
public sealed class TexToMathMLSafetyTests
{
    [Theory]
    [InlineData("a<b", "a&lt;b")]
    [InlineData(@"\begin{matrix} a & b \end{matrix}", @"\begin{matrix} a &amp; b \end{matrix}")]
    [InlineData(@"f'(x) > \text{""y""}", @"f&#39;(x) &gt; \text{&quot;y&quot;}")]
    public void The_annotation_escapes_the_tex(string tex, string escaped)
    {
        var html = TexToMathML.Convert(tex, false);
        Assert.Contains($"<annotation encoding=\"application/x-tex\">{escaped}</annotation>", html, StringComparison.Ordinal);
        MathOutput.AssertValid(html);
    }

    [Theory]
    [InlineData("</math><script>alert(1)</script>")]
    [InlineData(@"\text{<img src=x onerror=alert(1)>}")]
    [InlineData(@"\text{</mtext><script>alert(1)</script>}")]
    [InlineData(@"\operatorname{<script>}(x)")]
    [InlineData(@"\mathrm{""><img src=x onerror=alert(1)>}")]
    [InlineData(@"\unknown</code><script>alert(1)</script>")]
    [InlineData(@"x < y \text{ & } <img src=x>")]
    [InlineData("<!-- --><![CDATA[ ]]>")]
    [InlineData(@"\begin{matrix}<script>&</script>\end{matrix}")]
    public void Hostile_input_stays_text(string tex)
    {
        foreach (var display in new[] { false, true })
        {
            MathOutput.AssertValid(TexToMathML.Convert(tex, display));
        }
    }

    [Theory]
    [InlineData(@"\foo")]
    [InlineData(@"x + \unknowncommand{y}")]
    [InlineData(@"\color{red;x}{x}")]
    [InlineData(@"\begin{tikzcd} A \end{tikzcd}")]
    [InlineData("{x")]
    [InlineData("x}")]
    [InlineData(@"\frac{a}")]
    [InlineData(@"\frac{a}{b")]
    [InlineData(@"\left( x")]
    [InlineData(@"x \right)")]
    [InlineData(@"\left x \right)")]
    [InlineData("x^")]
    [InlineData("x^^2")]
    [InlineData("x_1_2")]
    [InlineData("x^1^2")]
    [InlineData("x^2'")]
    [InlineData(@"\sqrt[3{x}")]
    [InlineData(@"\begin{pmatrix} a \end{bmatrix}")]
    [InlineData(@"\begin{pmatrix} a & b")]
    [InlineData("a & b")]
    [InlineData(@"\text{$x}")]
    [InlineData(@"\text{a \alpha}")]
    [InlineData("#")]
    [InlineData(@"x \")]
    [InlineData(@"\limits")]
    [InlineData(@"x\limits_0")]
    [InlineData(@"\not\frac{a}{b}")]
    [InlineData(@"\end{matrix}")]
    [InlineData(@"\begin{array}{p{2cm}} a \end{array}")]
    public void Unsupported_or_malformed_tex_falls_back_to_the_escaped_source(string tex)
    {
        Assert.NotNull(TexParser.Parse(tex.Trim(), false).Error);
        var html = TexToMathML.Convert(tex, false);
        var expected = new StringBuilder(MathOutput.FallbackStart);
        HtmlText.Escape(expected, tex.Trim());
        Assert.Equal(expected.Append("</code>").ToString(), html);
        MathOutput.AssertValid(html);
    }

    [Fact]
    public void Characters_html_cannot_hold_fall_back_as_replacement_characters()
    {
        foreach (var tex in new[] { "x\u0001y", "x\ud800y", "x\udc00", "x\uffffy" })
        {
            Assert.NotNull(TexParser.Parse(tex, false).Error);
            var html = TexToMathML.Convert(tex, false);
            Assert.Equal("<code class=\"math-tex\">x\ufffd" + (tex.Length > 2 ? "y" : "") + "</code>", html);
            MathOutput.AssertValid(html);
        }
    }

    [Fact]
    public void Fallback_keeps_the_command_name_readable()
    {
        Assert.Equal("<code class=\"math-tex\">x + \\foo{y} &lt; 1</code>", TexToMathML.Convert(@"x + \foo{y} < 1", true));
    }

    [Fact]
    public void Error_says_what_and_where()
    {
        Assert.Equal(@"unsupported command \foo (at character 5)", TexParser.Parse(@"x + \foo", false).Error);
        Assert.StartsWith("unbalanced braces", TexParser.Parse("{x", false).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_formula_is_an_empty_row() =>
        Assert.StartsWith("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow></mrow>", TexToMathML.Convert("  ", false), StringComparison.Ordinal);

    [Fact]
    public void Formulas_longer_than_the_limit_fall_back()
    {
        Assert.False(MathOutput.IsFallback(TexToMathML.Convert(new string('x', TexToMathML.MaxLength), false)));
        Assert.True(MathOutput.IsFallback(TexToMathML.Convert(new string('x', TexToMathML.MaxLength + 1), false)));
    }

    [Fact]
    public void Nesting_up_to_the_limit_converts()
    {
        var depth = TexParser.MaxDepth - 1;
        var html = TexToMathML.Convert(new string('{', depth) + "x" + new string('}', depth), false);
        Assert.False(MathOutput.IsFallback(html));
        MathOutput.AssertValid(html);
    }

    /// <summary>Allocation per character of input allowed: the most any of them allocates now is about 350 bytes.</summary>
    private const int BytesPerCharacter = 1000;

    public static TheoryData<string> DeepInputs => [.. DeepTex.Inputs.Keys];

    /// <summary>
    /// Quick is measured in bytes allocated, not time, so a busy machine cannot fail it: a blow-up in the converter's
    /// work allocates with it. How long these take is the micro-benchmarks' (<c>MathBenchmarks</c>).
    /// </summary>
    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Deep_or_huge_input_converts_in_proportion_to_its_length_without_throwing(string name)
    {
        var tex = DeepTex.Inputs[name];
        var html = "";
        TexToMathML.Convert(tex, true); // JIT and static tables are not the conversion's cost.
        var allocated = Allocations.Of(() => html = TexToMathML.Convert(tex, true));
        Assert.True(allocated <= (long)BytesPerCharacter * tex.Length, $"{name}: {tex.Length} characters allocated {allocated} bytes");
        MathOutput.AssertWellFormed(html);
    }

    [Fact]
    public void Random_token_soup_never_throws_and_is_always_well_formed()
    {
        string[] pieces =
        [
            "x", "2", ".", " ", "{", "}", "^", "_", "'", "&", @"\\", "~", "<", ">", "\"", "%", "$", "#", "[", "]", "(", ")", "|",
            @"\frac", @"\sqrt", @"\left(", @"\right)", @"\left.", @"\right|", @"\middle|", @"\begin{pmatrix}", @"\end{pmatrix}",
            @"\begin{aligned}", @"\end{aligned}", @"\text{", @"\operatorname*{", @"\sum", @"\int", @"\limits", @"\lim",
            @"\displaystyle", @"\mathbb", @"\mathbf", @"\bf", @"\hat", @"\underbrace", @"\not", @"\alpha", @"\Gamma", @"\,",
            @"\log", @"\big(", @"\binom", @"\overset", @"\pmod", @"\foo", "\\", "<script>", "α", "𝔼",
        ];
        var random = new Random(20250601);
        for (var i = 0; i < 4000; i++)
        {
            var tex = new StringBuilder();
            var count = random.Next(1, 30);
            for (var j = 0; j < count; j++)
            {
                tex.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = tex.ToString();
            var html = TexToMathML.Convert(text, random.Next(2) == 0);
            MathOutput.AssertWellFormed(html);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        }
    }
}
