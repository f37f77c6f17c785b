using System.Globalization;
using System.Net;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Rendering;

/// <summary>
/// The words of a rendered write-up as its page shows them, for search and related papers: the text of its inlines and
/// code, with a space wherever the page has a tag (so words on either side stay apart), and without what the page does
/// not show as text: MathML (its single letters and operators are not what readers type), link targets, images, reference
/// definitions. Read from the document once it is rendered, so the HTML is never read back; raw HTML, when a digest
/// allows it, is input written as it is, and is read for its text. Walks with a stack, not recursion.
/// </summary>
internal static class WriteUpText
{
    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        // null stands for a tag's edge.
        var pending = new Stack<MarkdownObject?>();
        var children = new List<Inline>();
        pending.Push(document);
        while (pending.TryPop(out var item))
        {
            switch (item)
            {
                case null:
                    text.Append(' ');
                    break;
                case LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case MathBlock math:
                    Edged(ShownTex(math, math.Lines.ToString()));
                    break;
                case CodeBlock code:
                    Edged(code.Lines.ToString());
                    break;
                case HtmlBlock html:
                    AppendRawHtml(text, html.Lines.ToString());
                    break;
                case LeafBlock leaf:
                    Around(leaf.Inline);
                    break;
                case ContainerBlock container:
                    text.Append(' ');
                    pending.Push(null);
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }

                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case CodeInline code:
                    Edged(code.Content);
                    break;
                case MathInline math:
                    Edged(ShownTex(math, math.Content.ToString()));
                    break;
                case AutolinkInline autolink:
                    Edged(autolink.Url);
                    break;
                case HtmlInline html:
                    AppendRawHtml(text, html.Tag);
                    break;
                case FootnoteLink link:
                    Edged(link.IsBackLink ? "" : link.Footnote.Order.ToString(CultureInfo.InvariantCulture));
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    text.Append(' ');
                    break;
                case DelimiterInline delimiter:
                    text.Append(delimiter.ToLiteral());
                    Children(delimiter);
                    break;
                case EmphasisInline or LinkInline:
                    Around((ContainerInline)item);
                    break;
                case ContainerInline container:
                    // The root of a block's inlines, or text shown in place of a block beyond a limit: no tag of its own.
                    Children(container);
                    break;
                default:
                    // A task list's checkbox, a thematic break: a tag and no text.
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();

        void Edged(string shown) => text.Append(' ').Append(shown).Append(' ');

        void Around(ContainerInline? inline)
        {
            text.Append(' ');
            pending.Push(null);
            if (inline is not null)
            {
                Children(inline);
            }
        }

        // Pushed last first, so they come off in order; read forwards, the way the renderer reads them (links taken
        // apart by SafeLinkExtension keep their forward links only).
        void Children(ContainerInline container)
        {
            var start = children.Count;
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                children.Add(child);
            }

            for (var i = children.Count - 1; i >= start; i--)
            {
                pending.Push(children[i]);
            }

            children.RemoveRange(start, children.Count - start);
        }
    }

    /// <summary>A formula's TeX if the page shows it (it could not be converted), else nothing: MathML is not text to search.</summary>
    private static string ShownTex(MarkdownObject math, string tex) => MathMLExtension.IsShownAsTex(math) ? tex.Trim() : "";

    /// <summary>Raw HTML's text: tags left out (each leaves a space), entities decoded, and <c>&lt;math&gt;</c> elements left out.</summary>
    private static void AppendRawHtml(StringBuilder text, string html)
    {
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                text.Append(WebUtility.HtmlDecode(html[position..]));
                break;
            }

            text.Append(WebUtility.HtmlDecode(html[position..open])).Append(' ');
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            position = close + 1;
            if (IsStartTag(html, open, "math"))
            {
                var end = html.IndexOf("</math>", position, StringComparison.OrdinalIgnoreCase);
                position = end < 0 ? html.Length : end + "</math>".Length;
            }
        }
    }

    private static bool IsStartTag(string html, int open, string name) =>
        string.CompareOrdinal(html, open + 1, name, 0, name.Length) == 0
        && open + 1 + name.Length < html.Length
        && html[open + 1 + name.Length] is ' ' or '>' or '/' or '\n' or '\t';
}
