using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Renders a <c>$$</c> block as display MathML. The wrapper scrolls sideways when an equation is wider than a
/// phone screen, and is focusable so keyboard readers can scroll it too.
/// </summary>
internal sealed class MathMLBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        renderer.Write("<div class=\"math math-display\" tabindex=\"0\">")
            .Write(MathMLExtension.Convert(obj, obj.Lines.ToString(), displayMode: true))
            .WriteLine("</div>");
    }
}
