using System.Text;
using System.Xml;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// Writes an RSS 2.0 feed: newest items first, the digest day as pubDate, authors as dc:creator, tags as
/// categories, the tldr as description and the whole write-up (links made absolute) as content:encoded.
/// lastBuildDate is the newest item's day, so rebuilds are byte-identical.
/// </summary>
public static class RssFeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <param name="site">The digest's settings.</param>
    /// <param name="tags">Tag names, for categories.</param>
    /// <param name="title">The channel title.</param>
    /// <param name="description">The channel description.</param>
    /// <param name="pagePath">The site path of the page the feed follows (<c>/</c> or <c>/tags/x/</c>).</param>
    /// <param name="feedPath">The feed's own site path, for the self link.</param>
    /// <param name="papers">The papers, newest first; only the first <c>feed_items</c> are written.</param>
    public static byte[] Write(SiteConfig site, TagRegistry tags, string title, string description, string pagePath, string feedPath, IReadOnlyList<RenderedPaper> papers)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "content", null, ContentNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteStartElement("channel");
            Element(xml, "title", title);
            Element(xml, "link", site.AbsoluteUrl(pagePath));
            Element(xml, "description", string.IsNullOrEmpty(description) ? title : description);
            Element(xml, "language", site.Language);
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", site.AbsoluteUrl(feedPath));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            Element(xml, "generator", "PaperDigest");
            var items = papers.Take(site.FeedItems).ToList();
            if (items.Count > 0)
            {
                Element(xml, "lastBuildDate", FeedDates.Rfc822(FeedDates.StartOfDay(items.Max(p => p.Paper.Date), site.TimeZone)));
            }

            foreach (var rendered in items)
            {
                WriteItem(xml, site, tags, rendered);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteItem(XmlWriter xml, SiteConfig site, TagRegistry tags, RenderedPaper rendered)
    {
        var paper = rendered.Paper;
        var url = site.AbsoluteUrl(paper.Path);
        xml.WriteStartElement("item");
        Element(xml, "title", paper.Title);
        Element(xml, "link", url);
        var id = FeedItemId.Of(paper, site.AbsoluteUrl);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", FeedItemId.IsPermalink(id) ? "true" : "false");
        xml.WriteString(XmlSafeText.Clean(id));
        xml.WriteEndElement();
        Element(xml, "pubDate", FeedDates.Rfc822(FeedDates.StartOfDay(paper.Date, site.TimeZone)));
        foreach (var author in paper.Authors)
        {
            xml.WriteElementString("dc", "creator", DcNs, XmlSafeText.Clean(author));
        }

        foreach (var tag in paper.Tags)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("domain", site.AbsoluteUrl($"/tags/{tag}/"));
            xml.WriteString(XmlSafeText.Clean(tags[tag].Name));
            xml.WriteEndElement();
        }

        Element(xml, "description", rendered.Summary);
        xml.WriteStartElement("content", "encoded", ContentNs);
        xml.WriteCData(CData(FeedContent.Html(site, rendered)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, XmlSafeText.Clean(value));

    /// <summary>A CDATA section cannot contain "]]>"; XmlWriter splits it, but the text must be XML-clean first.</summary>
    private static string CData(string html) => XmlSafeText.Clean(html);
}
