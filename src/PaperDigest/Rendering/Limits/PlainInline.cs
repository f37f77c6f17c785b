using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperDigest.Rendering.Limits;

/// <summary>What a block beyond a limit shows instead of its inlines: their text, as one literal.</summary>
internal static class PlainInline
{
    public static ContainerInline Of(string text, Block at)
    {
        var container = new ContainerInline();
        container.AppendChild(new LiteralInline(text) { Line = at.Line, Column = at.Column });
        return container;
    }

    /// <summary>
    /// The text under <paramref name="root"/> much as it was written: markers left open as they are, and emphasis, links,
    /// code and math that Markdig had already made written out again around their content. A block's lines are gone once
    /// its inlines are parsed, so this is the text a block beyond a limit can still show. Walks with a stack, not recursion.
    /// </summary>
    public static string TextOf(ContainerInline root)
    {
        var text = new StringBuilder();
        var pending = new Stack<(Inline Inline, string? Closing)>();
        Push(root.LastChild);
        while (pending.TryPop(out var item))
        {
            if (item.Closing is not null)
            {
                text.Append(item.Closing);
                continue;
            }

            var (opening, closing) = item.Inline switch
            {
                EmphasisInline emphasis => (new string(emphasis.DelimiterChar, emphasis.DelimiterCount), new string(emphasis.DelimiterChar, emphasis.DelimiterCount)),
                LinkInline { IsAutoLink: true } => ("", ""),
                LinkInline link => (link.IsImage ? "![" : "[", $"]({link.Url})"),
                LiteralInline literal => (literal.Content.ToString(), ""),
                CodeInline code => (code.Delimiter + code.Content + code.Delimiter, ""),
                MathInline math => (new string(math.Delimiter, math.DelimiterCount) + math.Content + new string(math.Delimiter, math.DelimiterCount), ""),
                AutolinkInline autolink => ($"<{autolink.Url}>", ""),
                HtmlEntityInline entity => (entity.Original.ToString(), ""),
                DelimiterInline delimiter => (delimiter.ToLiteral(), ""),
                LineBreakInline => ("\n", ""),
                HtmlInline html => (html.Tag, ""),
                _ => ("", ""),
            };
            text.Append(opening);
            if (closing.Length > 0)
            {
                pending.Push((item.Inline, closing));
            }

            if (item.Inline is ContainerInline container)
            {
                Push(container.LastChild);
            }
        }

        return text.ToString();

        // Children go on the stack last first, so they come off in order.
        void Push(Inline? last)
        {
            for (var child = last; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, null));
            }
        }
    }
}
