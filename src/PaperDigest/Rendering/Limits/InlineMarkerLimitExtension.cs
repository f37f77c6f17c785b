using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering.Limits;

/// <summary>
/// Keeps <see cref="MarkdownLimits.MaxInlineMarkersPerBlock"/>: a paragraph or heading (a pipe table is still a
/// paragraph when it closes) with more markers is not parsed for inlines but shown as its plain text, with a
/// <see cref="MarkdownWarning"/> (PD0122) at its first line.
/// </summary>
public sealed class InlineMarkerLimitExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.FindExact<ParagraphBlockParser>(), pipeline.BlockParsers.Find<HeadingBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= Check;
                parser.Closed += Check;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Check(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock { ProcessInlines: true } leaf)
        {
            return;
        }

        var markers = InlineMarkerCount.Of(leaf.Lines);
        if (markers <= MarkdownLimits.MaxInlineMarkersPerBlock)
        {
            return;
        }

        var text = new ContainerInline();
        text.AppendChild(new LiteralInline(leaf.Lines.ToString()) { Line = leaf.Line, Column = leaf.Column });
        leaf.Inline = text;
        leaf.ProcessInlines = false;
        MarkdownWarning.Add(processor.Document, new MarkdownWarning(leaf.Line, leaf.Column, DiagnosticCodes.InlineMarkerLimit,
            $"this {(leaf is HeadingBlock ? "heading" : "paragraph or table")} has {markers:N0} emphasis, link or URL markers (*, _, ~, ^, ++, ==, [, bare URLs), " +
            $"more than the limit of {MarkdownLimits.MaxInlineMarkersPerBlock:N0} for one block (MarkdownLimits.MaxInlineMarkersPerBlock), so it is shown as plain text; split it with blank lines"));
    }
}
