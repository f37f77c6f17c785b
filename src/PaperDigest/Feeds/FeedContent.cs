using System.Text;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// The HTML body of a feed item: authors (ending in "et al." when the entry's list is incomplete), venue and links to arXiv, PDF and code, then the write-up, all URLs absolute. A
/// write-up longer than <see cref="MaxWriteUpBytes"/> stays whole on its page only: the item carries its summary and
/// a link to the page instead, so a feed grows with the number of its items, not with the size of their write-ups.
/// Author feeds always carry the summary and the link: a paper of a thousand authors is in a thousand feeds.
/// Formulas carry their TeX for readers that do not show MathML (<see cref="FeedMath"/>).
/// </summary>
internal static class FeedContent
{
    /// <summary>The largest write-up, in bytes of rendered HTML (UTF-8), that a feed item carries whole: 64 KiB.</summary>
    public const int MaxWriteUpBytes = 64 * 1024;

    /// <summary>The text of the link that stands for a write-up too long for the feed.</summary>
    public const string ReadMore = "Read the full write-up";

    /// <param name="summaryOnly">Whether the item carries the summary and a link to the page rather than the write-up.</param>
    /// <param name="items">Item HTML already made for the same papers, if the feeds share it.</param>
    public static string Html(SiteConfig site, RenderedPaper rendered, bool summaryOnly = false, FeedItemHtml? items = null) =>
        items is null ? Make(site, rendered, summaryOnly) : items.Of(site, rendered, summaryOnly);

    /// <summary>Makes the item HTML of <paramref name="rendered"/> (see <see cref="Html"/>).</summary>
    internal static string Make(SiteConfig site, RenderedPaper rendered, bool summaryOnly)
    {
        var paper = rendered.Paper;
        var url = site.AbsoluteUrl(paper.Path);
        var html = new StringBuilder();
        if (!paper.Authors.IsEmpty)
        {
            html.Append("<p><em>").Append(HtmlText.Escape(paper.Authors.Joined())).Append("</em>");
            if (paper.Venue is not null)
            {
                html.Append(" · ").Append(HtmlText.Escape(paper.Venue.Text));
            }

            html.Append("</p>\n");
        }

        var links = new List<string>();
        Link(links, "arXiv", paper.ArxivAbsUrl);
        Link(links, "PDF", paper.PdfUrl);
        Link(links, "Code", paper.Links.Code?.AbsoluteUri);
        Link(links, "Project", paper.Links.Project?.AbsoluteUri);
        Link(links, "Data", paper.Links.Data?.AbsoluteUri);
        Link(links, "DOI", paper.DoiUrl);
        if (links.Count > 0)
        {
            html.Append("<p>").Append(string.Join(" · ", links)).Append("</p>\n");
        }

        if (summaryOnly || rendered.Html.Utf8Length > MaxWriteUpBytes)
        {
            html.Append("<p>").Append(HtmlText.Escape(rendered.Summary)).Append("</p>\n");
            html.Append("<p><a href=\"").Append(HtmlText.Escape(url)).Append("\">").Append(ReadMore).Append("</a></p>\n");
            return html.ToString();
        }

        var origin = site.BaseUrl.GetLeftPart(UriPartial.Authority);
        html.Append(FeedMath.WithAltText(AbsoluteUrls.Make(rendered.Html, origin, url)));
        return html.ToString();
    }

    private static void Link(List<string> links, string label, string? url)
    {
        if (url is not null)
        {
            links.Add($"<a href=\"{HtmlText.Escape(url)}\">{label}</a>");
        }
    }
}
