using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering.Limits;

/// <summary>
/// Keeps a document within Markdig's nesting limit, so that deep Markdown becomes plain text with a warning (PD0124)
/// at its line rather than an error for the whole write-up: before inlines are parsed, a quote or list deeper than
/// <see cref="MarkdownLimits.MaxBlockDepth"/> is replaced by a paragraph of its text; once they are parsed, a block whose
/// inlines nest deeper than <see cref="MarkdownLimits.MaxInlineDepth"/> shows its text instead. Both walks use a stack
/// of their own, never recursion.
/// </summary>
internal sealed class NestingLimitExtension : IMarkdownExtension
{
    private static readonly object Hooked = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        // Any closed block gives the document, whose inline stage is then hooked once.
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= HookDocument;
            parser.Closed += HookDocument;
        }

        pipeline.DocumentProcessed -= FlattenDeepInlines;
        pipeline.DocumentProcessed += FlattenDeepInlines;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void HookDocument(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (document.GetData(Hooked) is null)
        {
            document.SetData(Hooked, Hooked);
            document.ProcessInlinesBegin += FlattenDeepBlocks;
        }
    }

    private static void FlattenDeepBlocks(InlineProcessor processor, Inline? inline)
    {
        var document = processor.Document;
        var stack = new Stack<(ContainerBlock Container, int Depth)>();
        stack.Push((document, 0));
        while (stack.TryPop(out var item))
        {
            for (var i = 0; i < item.Container.Count; i++)
            {
                if (item.Container[i] is not ContainerBlock child)
                {
                    continue;
                }

                // A list, table or row holds only items, rows or cells: the limit is kept one level further down.
                if (item.Depth + 1 <= MarkdownLimits.MaxBlockDepth || child is ListBlock or Markdig.Extensions.Tables.Table or Markdig.Extensions.Tables.TableRow)
                {
                    stack.Push((child, item.Depth + 1));
                    continue;
                }

                var paragraph = new ParagraphBlock { Line = child.Line, Column = child.Column, Span = child.Span, ProcessInlines = false };
                paragraph.Inline = PlainInline.Of(TextOf(child), child);
                if (child is ListItemBlock or Markdig.Extensions.Tables.TableCell)
                {
                    child.Clear();
                    child.Add(paragraph);
                }
                else
                {
                    item.Container[i] = paragraph;
                }

                MarkdownWarning.Add(document, new MarkdownWarning(child.Line, child.Column, DiagnosticCodes.NestingLimit,
                    $"quotes and lists stand more than {MarkdownLimits.MaxBlockDepth} deep inside one another here (MarkdownLimits.MaxBlockDepth), " +
                    "so what is deeper is shown as plain text"));
            }
        }
    }

    private static void FlattenDeepInlines(MarkdownDocument document)
    {
        var stack = new Stack<(ContainerBlock Container, int Depth)>();
        stack.Push((document, 1));
        while (stack.TryPop(out var item))
        {
            foreach (var block in item.Container)
            {
                if (block is ContainerBlock container)
                {
                    stack.Push((container, item.Depth + 1));
                }
                else if (block is LeafBlock { Inline: { } inline } leaf && item.Depth + DepthOf(inline) > MarkdownLimits.MaxInlineDepth)
                {
                    leaf.Inline = PlainInline.Of(PlainInline.TextOf(inline), leaf);
                    MarkdownWarning.Add(document, new MarkdownWarning(leaf.Line, leaf.Column, DiagnosticCodes.NestingLimit,
                        $"emphasis, links and brackets nest more than {MarkdownLimits.MaxInlineDepth} deep in this block (MarkdownLimits.MaxInlineDepth), " +
                        "so it is shown as plain text"));
                }
            }
        }
    }

    private static int DepthOf(ContainerInline root)
    {
        var deepest = 0;
        var stack = new Stack<(ContainerInline Container, int Depth)>();
        stack.Push((root, 1));
        while (stack.TryPop(out var item))
        {
            deepest = System.Math.Max(deepest, item.Depth);
            for (var child = item.Container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is ContainerInline container)
                {
                    stack.Push((container, item.Depth + 1));
                }
            }
        }

        return deepest;
    }

    /// <summary>The lines of every leaf block inside <paramref name="container"/>, in order.</summary>
    private static string TextOf(ContainerBlock container)
    {
        var text = new StringBuilder();
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            text.Append(text.Length > 0 ? "\n" : "").Append(leaf.Lines.ToString());
        }

        return text.ToString();
    }
}
