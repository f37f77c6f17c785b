using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using PaperDigest.Rendering.Links;

namespace PaperDigest.Rendering;

/// <summary>
/// The HTML renderer of write-ups, set up from a pipeline once per thread and reused: it writes into a buffer of its
/// own and notes where each URL relative to the site begins (<see cref="RelativeUrls"/>) as it writes it, link and
/// image targets through Markdig's <see cref="HtmlRenderer.LinkRewriter"/> hook, footnote links and raw HTML through
/// renderers of its own.
/// </summary>
internal sealed class WriteUpHtmlRenderer : HtmlRenderer
{
    /// <summary>A buffer grown past this by a long write-up is let go, so each thread keeps at most this much.</summary>
    private const int KeptCapacity = 256 * 1024;

    private readonly StringBuilder html;
    private readonly List<int> urls = [];

    public WriteUpHtmlRenderer(MarkdownPipeline pipeline)
        : this(new StringWriter(CultureInfo.InvariantCulture), pipeline)
    {
    }

    private WriteUpHtmlRenderer(StringWriter writer, MarkdownPipeline pipeline)
        : base(writer)
    {
        html = writer.GetStringBuilder();
        Pipeline = pipeline;
        pipeline.Setup(this);
        var rewrite = LinkRewriter;
        LinkRewriter = url =>
        {
            var written = rewrite?.Invoke(url) ?? url;
            NoteAttributeUrl(written);
            return written;
        };
        ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new FootnoteLinkRenderer());
        ObjectRenderers.Replace<HtmlBlockRenderer>(new RawHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new RawHtmlInlineRenderer());
    }

    /// <summary>The pipeline this renderer was set up from, whose documents it renders.</summary>
    public MarkdownPipeline Pipeline { get; }

    /// <summary>The HTML of <paramref name="document"/>, and where its URLs relative to the site begin.</summary>
    public (string Html, RelativeUrls Urls) Write(MarkdownDocument document)
    {
        Reset();
        urls.Clear();
        Render(document);
        Writer.Flush();
        var written = (html.ToString(), urls.Count == 0 ? RelativeUrls.None : new RelativeUrls([.. urls]));
        if (html.Capacity > KeptCapacity)
        {
            html.Clear();
            html.Capacity = KeptCapacity;
        }

        return written;
    }

    /// <summary>Notes that the URL <paramref name="url"/> is about to be written here, as the value of an attribute just opened.</summary>
    /// <param name="url">The URL; noted if it is relative to the site and the attribute is an <c>href</c> or <c>src</c>.</param>
    internal void NoteAttributeUrl(string url)
    {
        if (RelativeUrls.Mark(url, html.Length) is { } mark && AfterUrlAttribute())
        {
            urls.Add(mark);
        }
    }

    /// <summary>Notes the URLs relative to the site in raw HTML about to be written here as it is.</summary>
    internal void NoteRawHtml(string raw)
    {
        foreach (var mark in RelativeUrls.InRawHtml(raw))
        {
            urls.Add(mark + (html.Length << 1));
        }
    }

    /// <summary>Whether the HTML ends in <c> href="</c> or <c> src="</c> (after any whitespace).</summary>
    private bool AfterUrlAttribute()
    {
        var end = html.Length;
        var name = end >= 6 && Ends("href=\"") ? 6 : end >= 5 && Ends("src=\"") ? 5 : 0;
        return name > 0 && end > name && char.IsWhiteSpace(html[end - name - 1]);

        bool Ends(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (html[end - text.Length + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
