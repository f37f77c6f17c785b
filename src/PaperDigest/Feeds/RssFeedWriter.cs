using System.Xml;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// Writes an RSS 2.0 feed: newest items first, the digest day as pubDate, authors as dc:creator, tags as
/// categories, the tldr as description and the whole write-up (links made absolute) as content:encoded (none in a
/// summary-only feed, an author's).
/// lastBuildDate is the newest item's day, so rebuilds are byte-identical.
/// </summary>
internal static class RssFeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <param name="site">The digest's settings.</param>
    /// <param name="tags">Tag names, for categories.</param>
    /// <param name="channel">The feed; only its first <c>feed_items</c> papers are written.</param>
    public static byte[] Write(SiteConfig site, TagRegistry tags, FeedChannel channel, FeedItemHtml? items = null) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteStartElement("channel");
        FeedXml.Element(xml, "title", channel.Title);
        FeedXml.Element(xml, "link", site.AbsoluteUrl(channel.PagePath));
        FeedXml.Element(xml, "description", string.IsNullOrEmpty(channel.Description) ? channel.Title : channel.Description);
        FeedXml.Element(xml, "language", site.Language);
        xml.WriteStartElement("atom", "link", AtomNs);
        FeedXml.Attribute(xml, "href", site.AbsoluteUrl(channel.PathOf(FeedFormat.Rss)));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", FeedPaths.MediaType(FeedFormat.Rss));
        xml.WriteEndElement();
        FeedXml.Element(xml, "generator", "PaperDigest");
        FeedXml.Element(xml, "lastBuildDate", FeedDates.Rfc822(FeedDates.StartOfDay(channel.Updated, site.TimeZone)));
        foreach (var rendered in channel.Items(site.FeedItems))
        {
            WriteItem(xml, site, tags, rendered, channel.SummaryOnly, items);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static void WriteItem(XmlWriter xml, SiteConfig site, TagRegistry tags, RenderedPaper rendered, bool summaryOnly, FeedItemHtml? items)
    {
        var paper = rendered.Paper;
        xml.WriteStartElement("item");
        FeedXml.Element(xml, "title", paper.Title);
        FeedXml.Element(xml, "link", site.AbsoluteUrl(paper.Path));
        var id = FeedItemId.Of(paper, site.AbsoluteUrl);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", FeedItemId.IsPermalink(id) ? "true" : "false");
        xml.WriteString(XmlSafeText.Clean(id));
        xml.WriteEndElement();
        FeedXml.Element(xml, "pubDate", FeedDates.Rfc822(FeedDates.StartOfDay(paper.Date, site.TimeZone)));
        foreach (var name in paper.Authors.Shown)
        {
            xml.WriteElementString("dc", "creator", DcNs, XmlSafeText.Clean(name));
        }

        foreach (var (tag, name) in FeedTags.Of(paper, tags))
        {
            xml.WriteStartElement("category");
            FeedXml.Attribute(xml, "domain", site.AbsoluteUrl($"/tags/{tag}/"));
            xml.WriteString(XmlSafeText.Clean(name));
            xml.WriteEndElement();
        }

        FeedXml.Element(xml, "description", rendered.Summary);
        // A summary-only feed (an author's) carries the summary as description and the page as link, nothing more.
        if (!summaryOnly)
        {
            xml.WriteStartElement("content", "encoded", ContentNs);
            // A CDATA section cannot hold "]]>"; XmlWriter splits it, but the text must be XML-clean first.
            xml.WriteCData(XmlSafeText.Clean(FeedContent.Html(site, rendered, items: items)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
