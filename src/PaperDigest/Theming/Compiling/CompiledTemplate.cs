using System.Text;

namespace PaperDigest.Theming.Compiling;

/// <summary>A checked template turned into delegates by <see cref="TemplateCompiler"/>: it renders as Scriban would, without walking the syntax tree.</summary>
internal sealed class CompiledTemplate(Action<RenderFrame> body, int slots)
{
    /// <summary>Writes the template for <paramref name="model"/> into <paramref name="output"/>.</summary>
    public void Render(PageRenderContext context, StringBuilder output, object model, PartialOptions? options, int depth) =>
        body(new RenderFrame(context, output, model, options, depth, slots));
}
