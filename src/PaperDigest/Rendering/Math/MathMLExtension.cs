using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Math as MathML: Markdig's mathematics extension parses <c>$…$</c> and <c>$$…$$</c>, and this one renders them with
/// <see cref="MathMLInlineRenderer"/> and <see cref="MathMLBlockRenderer"/> in place of Markdig's script-side markup.
/// A formula that cannot be converted is noted on its node (<see cref="IsShownAsTex"/>), since its TeX is then text
/// on the page.
/// </summary>
internal sealed class MathMLExtension : IMarkdownExtension
{
    private static readonly object ShownAsTex = new();

    /// <summary>Nothing to parse: added after <c>UseMathematics()</c>, whose renderers it replaces.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new MathMLInlineRenderer());
        renderer.ObjectRenderers.Replace<HtmlMathBlockRenderer>(new MathMLBlockRenderer());
    }

    /// <summary>Whether rendering showed the formula <paramref name="math"/> as its TeX, not as MathML.</summary>
    public static bool IsShownAsTex(MarkdownObject math) => math.GetData(ShownAsTex) is not null;

    internal static string Convert(MarkdownObject math, string tex, bool displayMode)
    {
        var html = TexToMathML.Convert(tex, displayMode, out var shownAsTex);
        if (shownAsTex)
        {
            math.SetData(ShownAsTex, ShownAsTex);
        }

        return html;
    }
}
