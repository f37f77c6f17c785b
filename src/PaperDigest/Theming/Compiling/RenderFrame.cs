using System.Text;

namespace PaperDigest.Theming.Compiling;

/// <summary>
/// One render of one compiled template: where it writes, the view its variables come from, a partial's options, the
/// values of its loops, and how deep in partials it runs. A partial gets a frame of its own that writes to the same output.
/// </summary>
internal sealed class RenderFrame(PageRenderContext context, StringBuilder output, object model, PartialOptions? options, int depth, int slots)
{
    public PageRenderContext Context { get; } = context;

    public StringBuilder Output { get; } = output;

    public object Model { get; } = model;

    public PartialOptions? Options { get; } = options;

    public int Depth { get; } = depth;

    /// <summary>Each loop's current item and state, at the slots the compiler gave them.</summary>
    public object?[] Slots { get; } = slots == 0 ? [] : new object?[slots];
}
