using AngleSharp.Html.Parser;
using PaperDigest.Feeds;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.Feeds;

/// <summary>Formulas in feed items carry their TeX twice: as the annotation pages have, and as <c>alttext</c>.</summary>
public sealed class FeedMathTests
{
    [Fact]
    public void Each_formula_gets_its_tex_as_alttext_and_keeps_its_annotation()
    {
        var tex = "\\frac{a}{b} < c";
        var html = "<p>Inline " + TexToMathML.Convert(tex, displayMode: false) + " and displayed</p>\n<div class=\"math math-display\" tabindex=\"0\">"
            + TexToMathML.Convert("x^2", displayMode: true) + "</div>";

        var document = new HtmlParser().ParseDocument(FeedMath.WithAltText(html));

        var formulas = document.QuerySelectorAll("math");
        Assert.Equal(2, formulas.Length);
        Assert.Equal(tex, formulas[0].GetAttribute("alttext"));
        Assert.Equal("x^2", formulas[1].GetAttribute("alttext"));
        Assert.Equal("block", formulas[1].GetAttribute("display"));
        Assert.All(formulas, math => Assert.Equal(math.GetAttribute("alttext"), math.QuerySelector("annotation")!.TextContent));
        Assert.Equal("Inline  and displayed", document.QuerySelector("p")!.ChildNodes.Where(n => n is AngleSharp.Dom.IText).Aggregate("", (s, n) => s + n.TextContent));
    }

    [Fact]
    public void Quotes_and_ampersands_of_the_tex_stay_escaped_in_the_attribute()
    {
        var html = "<math><semantics><mtext>x</mtext><annotation encoding=\"application/x-tex\">\\text{&quot;a&quot; &amp; &lt;b&gt;}</annotation></semantics></math>";
        var math = new HtmlParser().ParseDocument(FeedMath.WithAltText(html)).QuerySelector("math")!;
        Assert.Equal("\\text{\"a\" & <b>}", math.GetAttribute("alttext"));
    }

    [Fact]
    public void Html_without_formulas_and_formulas_shown_as_tex_are_left_as_they_are()
    {
        var plain = "<p>No math here, only <code>$x$</code>.</p>";
        Assert.Same(plain, FeedMath.WithAltText(plain));

        var fallback = "<p>" + TexToMathML.Fallback("\\unknowncommand{x}") + "</p>";
        Assert.Equal(fallback, FeedMath.WithAltText(fallback));

        // A formula an editor wrote as raw MathML: one with alttext keeps it; one without an annotation gets none.
        var raw = "<math alttext=\"mine\"><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math><math><mi>y</mi></math>";
        Assert.Equal(raw, FeedMath.WithAltText(raw));
    }
}
