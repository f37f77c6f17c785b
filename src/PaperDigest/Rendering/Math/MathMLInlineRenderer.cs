using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PaperDigest.Rendering.Math;

/// <summary>Renders <c>$…$</c> (and <c>$$…$$</c> within a paragraph) as MathML at build time, so math needs no script.</summary>
internal sealed class MathMLInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write("<span class=\"math\">")
            .Write(MathMLExtension.Convert(obj, obj.Content.ToString(), displayMode: obj.DelimiterCount > 1))
            .Write("</span>");
    }
}
