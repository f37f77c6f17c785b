using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperDigest.Rendering;

/// <summary>
/// Renders write-ups with one Markdig pipeline built once and shared by all threads: tables, footnotes,
/// math (as MathML), heading ids. Raw HTML is shown as text, links with unsafe schemes are neutralised, site-absolute
/// links get the base path, and external links open without giving the target page a handle on ours.
/// </summary>
public sealed class MarkdownRenderer
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
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks();
        pipeline = (allowHtml ? builder : builder.DisableHtml()).Build();
    }

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = SafeUrl(link.Url);
            if (!link.IsImage && IsExternal(link.Url))
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
        return writer.ToString();
    }

    /// <summary>Links and images in <paramref name="markdown"/> whose target is a site path (starting with a single '/').</summary>
    /// <param name="markdown">A write-up.</param>
    /// <param name="path">The file it comes from, for locations.</param>
    /// <param name="firstLine">The file line on which the Markdown starts.</param>
    public IReadOnlyList<InternalLink> InternalLinks(string markdown, string path, int firstLine)
    {
        var document = Markdown.Parse(markdown, pipeline);
        return [.. document.Descendants<LinkInline>()
            .Where(l => l.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
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

    private string? SafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return url;
        }

        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = trimmed[..colon].ToLowerInvariant();
            return scheme is "http" or "https" or "mailto" ? url : "#unsafe-link-removed";
        }

        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? basePath + url : url;
    }

    private static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));
}
