using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PaperDigest.Rendering.Headings;

/// <summary>
/// Gives every heading an id, as Markdig's auto-identifiers do with the GitHub option (the heading's text, lower
/// case, spaces to '-', most punctuation dropped; <c>section</c> if nothing is left), but made unique through a
/// <see cref="HeadingIdSet"/>, whose work grows with the number of headings rather than with its square.
/// </summary>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Ids in document order, which is the order in which Markdig's extension gives them.</summary>
    internal static HeadingIdSet AssignIds(MarkdownDocument document, HeadingIdSet ids)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (heading.Inline is null || attributes.Id is not null)
            {
                continue;
            }

            var baseId = LinkHelper.UrilizeAsGfm(PlainText.Of(heading.Inline));
            attributes.Id = ids.Unique(baseId.Length == 0 ? "section" : baseId);
        }

        return ids;
    }

    private static void AssignIds(MarkdownDocument document) => AssignIds(document, new HeadingIdSet());

    /// <summary>
    /// A heading's text without markup, as Markdig's extension renders it, by one renderer per thread: making a
    /// renderer registers all its object renderers, which cost more than the headings of a write-up.
    /// </summary>
    private static class PlainText
    {
        [ThreadStatic]
        private static (StringWriter Text, HtmlRenderer Renderer)? current;

        public static string Of(Markdig.Syntax.Inlines.ContainerInline inline)
        {
            var (text, renderer) = current ??= New();
            var builder = text.GetStringBuilder();
            builder.Clear();
            renderer.Render(inline);
            var plain = builder.ToString();
            builder.Clear();
            return plain;
        }

        private static (StringWriter, HtmlRenderer) New()
        {
            var text = new StringWriter();
            return (text, new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false });
        }
    }
}
