using System.Text;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>The HTML body of a feed item: venue and links to arXiv, PDF and code, then the write-up, all URLs absolute.</summary>
public static class FeedContent
{
    public static string Html(SiteConfig site, RenderedPaper rendered)
    {
        var paper = rendered.Paper;
        var url = site.AbsoluteUrl(paper.Path);
        var html = new StringBuilder();
        if (paper.Authors.Length > 0)
        {
            html.Append("<p><em>").Append(HtmlText.Escape(string.Join(", ", paper.Authors))).Append("</em>");
            if (paper.Venue is not null)
            {
                html.Append(" · ").Append(HtmlText.Escape(paper.Venue));
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

        var origin = site.BaseUrl.GetLeftPart(UriPartial.Authority);
        html.Append(AbsoluteUrls.Make(rendered.Html.Read(), origin, url));
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
