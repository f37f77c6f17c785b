using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperDigest.Rendering.Headings;
using PaperDigest.Rendering.Limits;
using PaperDigest.Rendering.Links;

namespace PaperDigest.Rendering;

/// <summary>
/// Renders write-ups with one Markdig pipeline built once and shared by all threads: tables, footnotes,
/// math (as MathML), heading ids. Raw HTML is shown as text, links whose scheme <see cref="LinkTarget"/> refuses are
/// shown as text (with a warning), site-absolute links get the base path, and external links open without giving the
/// target page a handle on ours. Blocks beyond <see cref="MarkdownLimits"/> are shown as text (with a warning).
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline;

    private readonly string basePath;

    /// <param name="basePath">The site's base path ('/' or '/digest/'), put before links that start with '/'.</param>
    /// <param name="allowHtml">Pass raw HTML through (site.yml <c>allow_html</c>); otherwise it is shown as text.</param>
    public MarkdownRenderer(string basePath, bool allowHtml = false)
    {
        this.basePath = basePath.TrimEnd('/');
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseMathematics()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks();
        builder.MaximumNestingDepth = MarkdownLimits.MaxNestingDepth;
        builder.Extensions.AddIfNotAlready<HeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<InlineMarkerLimitExtension>();
        builder.Extensions.AddIfNotAlready<NestingLimitExtension>();
        builder.Extensions.AddIfNotAlready<SafeLinkExtension>();
        pipeline = (allowHtml ? builder : builder.DisableHtml()).Build();
    }

    public string ToHtml(string markdown) => Render(markdown).Html;

    /// <summary>The HTML of <paramref name="markdown"/>, and the warnings of what rendering changed (lines relative to the Markdown).</summary>
    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var target = LinkTarget.Of(link.Url);
            if (target.Kind == LinkKind.SiteAbsolute && link.Url!.StartsWith('/'))
            {
                link.Url = basePath + link.Url;
            }
            else if (!link.IsImage && target.IsExternal)
            {
                link.GetAttributes().AddProperty("rel", "noopener");
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathInlineRenderer>(new MathMLInlineRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathBlockRenderer>(new MathMLBlockRenderer());
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), MarkdownWarning.Of(document));
    }

    /// <summary>Links and images in <paramref name="markdown"/> whose target is a site path (starting with a single '/').</summary>
    /// <param name="markdown">A write-up.</param>
    /// <param name="path">The file it comes from, for locations.</param>
    /// <param name="firstLine">The file line on which the Markdown starts.</param>
    public IReadOnlyList<InternalLink> InternalLinks(string markdown, string path, int firstLine)
    {
        var document = Markdown.Parse(markdown, pipeline);
        return [.. document.Descendants<LinkInline>()
            .Where(l => LinkTarget.Of(l.Url).Kind == LinkKind.SiteAbsolute && l.Url!.StartsWith('/'))
            .Select(l => new InternalLink(l.Url!, new Diagnostics.SourceLocation(path, firstLine + l.Line, l.Column + 1)))];
    }

    /// <summary>The first paragraph as plain text, cut at a word near <paramref name="maxLength"/>.</summary>
    public string Excerpt(string markdown, int maxLength = 280)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        AppendText(paragraph.Inline, text);
        var plain = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= maxLength)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', maxLength);
        return plain[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '.') + "…";
    }

    private static void AppendText(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case Markdig.Extensions.Mathematics.MathInline math:
                    text.Append(math.Content.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case Markdig.Extensions.Footnotes.FootnoteLink:
                    break;
                case ContainerInline child:
                    AppendText(child, text);
                    break;
            }
        }
    }
}
