using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// Math as MathML: Markdig's mathematics extension parses <c>$…$</c> and <c>$$…$$</c>, and this one renders them with
/// <see cref="MathMLInlineRenderer"/> and <see cref="MathMLBlockRenderer"/> in place of Markdig's script-side markup.
/// A formula that cannot be converted is noted on its node with the parser's problem (<see cref="ProblemOf"/>), since
/// its TeX is then text on the page and the build warns about it without parsing it again.
/// </summary>
internal sealed class MathMLExtension : IMarkdownExtension
{
    private static readonly object ProblemKey = new();

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
    public static bool IsShownAsTex(MarkdownObject math) => ProblemOf(math) is not null;

    /// <summary>Why rendering showed the formula <paramref name="math"/> as its TeX, or null if it converted (or was not rendered).</summary>
    public static TexProblem? ProblemOf(MarkdownObject math) => math.GetData(ProblemKey) as TexProblem;

    internal static string Convert(MarkdownObject math, string tex, bool displayMode)
    {
        var html = TexToMathML.Explained(tex, displayMode, out var problem);
        if (problem is not null)
        {
            math.SetData(ProblemKey, problem);
        }

        return html;
    }
}
