using System.Collections.Concurrent;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperDigest.Rendering.Headings;
using PaperDigest.Rendering.Limits;
using PaperDigest.Rendering.Links;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Rendering;

/// <summary>
/// Renders write-ups with one Markdig pipeline per configuration (base path, raw HTML or not), built once and shared by all
/// threads, each of which sets up its <see cref="WriteUpHtmlRenderer"/> from it once: tables, footnotes, math as MathML
/// (<see cref="MathMLExtension"/>), heading ids (<see cref="HeadingIdExtension"/>). Raw HTML is shown as text unless the
/// digest allows it; links whose scheme <see cref="LinkTarget"/> refuses are shown as text (with a warning); site paths
/// get the base path and external links open without giving the target page a handle on ours (<see cref="SiteLinkExtension"/>).
/// Blocks beyond <see cref="MarkdownLimits"/> are shown as text (with a warning).
/// </summary>
internal sealed class MarkdownRenderer
{
    private static readonly ConcurrentDictionary<(string BasePath, bool AllowHtml), MarkdownRenderer> Configured = new();

    /// <summary>The renderer this thread last set up, reused while it renders with the same pipeline.</summary>
    [ThreadStatic]
    private static WriteUpHtmlRenderer? threadRenderer;

    private readonly MarkdownPipeline pipeline;

    private MarkdownRenderer(string basePath, bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseMathematics()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks();
        builder.MaximumNestingDepth = MarkdownLimits.MaxNestingDepth;
        builder.Extensions.AddIfNotAlready<MathMLExtension>();
        builder.Extensions.AddIfNotAlready<HeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<InlineMarkerLimitExtension>();
        builder.Extensions.AddIfNotAlready<NestingLimitExtension>();
        builder.Extensions.AddIfNotAlready<SafeLinkExtension>();
        builder.Extensions.Add(new SiteLinkExtension(basePath));
        pipeline = (allowHtml ? builder : builder.DisableHtml()).Build();
    }

    /// <summary>The renderer for a site with this base path and raw HTML setting, made the first time it is asked for.</summary>
    /// <param name="basePath">The site's base path ('/' or '/digest/'), put before links that start with '/'.</param>
    /// <param name="allowHtml">Pass raw HTML through (site.yml <c>allow_html</c>); otherwise it is shown as text.</param>
    public static MarkdownRenderer For(string basePath, bool allowHtml = false) =>
        Configured.GetOrAdd((basePath, allowHtml), key => new MarkdownRenderer(key.BasePath, key.AllowHtml));

    public string ToHtml(string markdown) => Render(markdown).Html;

    /// <summary>
    /// The HTML of <paramref name="markdown"/> and what else rendering it gives: the warnings of what rendering changed
    /// (lines relative to the Markdown), its words as the page shows them, its first paragraph as plain text, and where
    /// its URLs relative to the site begin. Parsed once.
    /// </summary>
    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var renderer = threadRenderer is { } last && last.Pipeline == pipeline ? last : threadRenderer = new WriteUpHtmlRenderer(pipeline);
        var (html, urls) = renderer.Write(document);
        if (html.Contains(MathNotConverted.Marker, StringComparison.Ordinal))
        {
            MathNotConverted.Note(document);
        }

        return new RenderedMarkdown(html, MarkdownWarning.Of(document), WriteUpText.Of(document), Excerpt(document), urls);
    }

    /// <summary>Links and images in <paramref name="markdown"/> whose target is a site path (starting with a single '/'), as written when the base path is '/'.</summary>
    /// <param name="markdown">A write-up.</param>
    /// <param name="path">The file it comes from, for locations.</param>
    /// <param name="firstLine">The file line on which the Markdown starts.</param>
    public IReadOnlyList<InternalLink> InternalLinks(string markdown, Diagnostics.SourcePath path, int firstLine)
    {
        var document = Markdown.Parse(markdown, pipeline);
        return [.. document.Descendants<LinkInline>()
            .Where(l => LinkTarget.Of(l.Url).Kind == LinkKind.SiteAbsolute && l.Url!.StartsWith('/'))
            .Select(l => new InternalLink(l.Url!, new Diagnostics.SourceLocation(path, firstLine + l.Line, l.Column + 1)))];
    }

    /// <summary>
    /// The first paragraph as plain text (math as readable Unicode, no Markdown syntax), cut after the last sentence
    /// that ends within <paramref name="maxLength"/> characters, else at the last word that does, with an ellipsis.
    /// </summary>
    public string Excerpt(string markdown, int maxLength = 280) => Excerpt(Markdown.Parse(markdown, pipeline), maxLength);

    private static string Excerpt(MarkdownDocument document, int maxLength = 280)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        AppendText(paragraph.Inline, text);
        var plain = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Shortened(plain, maxLength);
    }

    /// <summary><paramref name="plain"/> cut at a sentence's end, else a word's, within <paramref name="maxLength"/> characters.</summary>
    internal static string Shortened(string plain, int maxLength)
    {
        if (plain.Length <= maxLength)
        {
            return plain;
        }

        // A sentence ends at . ! or ? followed by a space; "e.g. " and "Fig. 2" end none, as the next word starts in lower case or a digit.
        for (var end = maxLength - 1; end >= maxLength / 2; end--)
        {
            if (plain[end] is '.' or '!' or '?' && end + 2 < plain.Length && plain[end + 1] == ' ' && char.IsUpper(plain[end + 2]))
            {
                return plain[..(end + 1)];
            }
        }

        var cut = plain.LastIndexOf(' ', maxLength - 1);
        var kept = plain[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', '.', ' ');
        // Never end inside a surrogate pair.
        if (kept.Length > 0 && char.IsHighSurrogate(kept[^1]))
        {
            kept = kept[..^1];
        }

        return kept + "…";
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
                    text.Append(Math.MathText.Of(math.Content.ToString()));
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
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
