using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PaperDigest.Rendering.Limits;

/// <summary>
/// Keeps <see cref="MarkdownLimits.MaxInlineMarkersPerBlock"/> with two <see cref="InlineDepthGuard"/>s tried before
/// any other inline parser; a block they stopped is shown as its plain text once the document is parsed.
/// </summary>
internal sealed class InlineMarkerLimitExtension : IMarkdownExtension
{
    /// <summary>Where a marker or a bare URL may start.</summary>
    private static readonly char[] Watched = ['*', '_', '~', '^', '+', '=', '[', '!', ']', 'h', 'f', 'm', 't', 'w'];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.InlineParsers.Contains<InlineDepthGuard>())
        {
            return;
        }

        var global = new InlineDepthGuard(null, null);
        pipeline.InlineParsers.Insert(0, global);
        pipeline.InlineParsers.Insert(0, new InlineDepthGuard(Watched, global));
        pipeline.DocumentProcessed -= ShowAsText;
        pipeline.DocumentProcessed += ShowAsText;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void ShowAsText(MarkdownDocument document)
    {
        foreach (var block in InlineDepthGuard.TrippedIn(document))
        {
            if (block.Inline is { } inline)
            {
                block.Inline = PlainInline.Of(PlainInline.TextOf(inline), block);
            }
        }
    }
}
