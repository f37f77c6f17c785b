using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering.Links;

/// <summary>
/// Holds every link of a parsed document to <see cref="LinkTarget"/>'s rule: links, images, <c>&lt;autolinks&gt;</c>,
/// bare URLs and links through reference definitions whose URL is not allowed are replaced by their text (an image
/// by its alt text, an autolink or a bare URL by the URL as text) before anything renders them, and each is noted as a
/// <see cref="MarkdownWarning"/> (PD0121). Raw HTML, when a digest allows it, is trusted as written.
/// </summary>
internal sealed class SafeLinkExtension : IMarkdownExtension
{
    /// <summary>How much of a refused URL a warning quotes.</summary>
    private const int QuotedLength = 80;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= Neutralise;
        pipeline.DocumentProcessed += Neutralise;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Neutralise(MarkdownDocument document)
    {
        var refused = document.Descendants<Inline>()
            .Where(i => i is LinkInline or AutolinkInline && !LinkTarget.Of(UrlOf(i)).IsAllowed)
            .ToList();
        foreach (var inline in refused)
        {
            var url = UrlOf(inline)!;
            var what = inline is LinkInline { IsImage: true } ? "image source" : "link to";
            MarkdownWarning.Add(document, new MarkdownWarning(inline.Line, inline.Column, DiagnosticCodes.UnsafeLinkScheme,
                $"{what} '{Quoted(url)}' uses the scheme '{Quoted(LinkTarget.Of(url).Scheme)}'; only http, https, mailto and relative links are allowed, so it is shown as plain text",
                (inline as LinkInline)?.Reference?.Line));
            if (inline is LinkInline { IsAutoLink: false } link)
            {
                Unwrap(link);
            }
            else
            {
                inline.ReplaceBy(new LiteralInline(url) { Line = inline.Line, Column = inline.Column, Span = inline.Span });
            }
        }
    }

    private static string? UrlOf(Inline inline) => inline switch
    {
        LinkInline link => link.GetDynamicUrl?.Invoke() ?? link.Url,
        AutolinkInline { IsEmail: true } => "mailto:",
        AutolinkInline autolink => autolink.Url,
        _ => null,
    };

    /// <summary>Puts the link's text (an image's alt text) where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static string Quoted(string text)
    {
        if (text.Length <= QuotedLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        return text[..cut] + "…";
    }
}
