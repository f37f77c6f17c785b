using System.Xml;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287): the page's URL as feed id, self and alternate links, the newest item's day as
/// updated, and the site as feed author so entries without authors stay valid. Entries carry the same stable id as
/// the RSS guid, the digest day as published and updated, authors, tags as categories, the tldr as a text summary
/// and the whole write-up (links made absolute) as HTML content; a summary-only feed (an author's) has the summary and
/// the link, and no content.
/// </summary>
internal static class AtomFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    /// <param name="site">The digest's settings.</param>
    /// <param name="tags">Tag names, for category terms and labels.</param>
    /// <param name="channel">The feed; only its first <c>feed_items</c> papers are written.</param>
    public static byte[] Write(SiteConfig site, TagRegistry tags, FeedChannel channel, FeedItemHtml? items = null) => FeedXml.Write(xml =>
    {
        var pageUrl = site.AbsoluteUrl(channel.PagePath);
        xml.WriteStartElement("feed", AtomNs);
        xml.WriteAttributeString("xml", "lang", XmlNs, XmlSafeText.Clean(site.Language));
        FeedXml.Element(xml, "id", pageUrl);
        Text(xml, "title", channel.Title);
        Text(xml, "subtitle", string.IsNullOrEmpty(channel.Description) ? channel.Title : channel.Description);
        Link(xml, "self", site.AbsoluteUrl(channel.PathOf(FeedFormat.Atom)), FeedPaths.MediaType(FeedFormat.Atom));
        Link(xml, "alternate", pageUrl, "text/html");
        FeedXml.Element(xml, "updated", FeedDates.Rfc3339(FeedDates.StartOfDay(channel.Updated, site.TimeZone)));
        // RFC 4287 wants an author on the feed or on every entry; entries with none inherit this one.
        xml.WriteStartElement("author");
        FeedXml.Element(xml, "name", site.Title);
        FeedXml.Element(xml, "uri", site.AbsoluteUrl("/"));
        xml.WriteEndElement();
        FeedXml.Element(xml, "generator", "PaperDigest");
        foreach (var rendered in channel.Items(site.FeedItems))
        {
            WriteEntry(xml, site, tags, rendered, channel.SummaryOnly, items);
        }

        xml.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter xml, SiteConfig site, TagRegistry tags, RenderedPaper rendered, bool summaryOnly, FeedItemHtml? items)
    {
        var paper = rendered.Paper;
        var day = FeedDates.Rfc3339(FeedDates.StartOfDay(paper.Date, site.TimeZone));
        xml.WriteStartElement("entry");
        FeedXml.Element(xml, "id", FeedItemId.Of(paper, site.AbsoluteUrl));
        Text(xml, "title", paper.Title);
        Link(xml, "alternate", site.AbsoluteUrl(paper.Path), "text/html");
        FeedXml.Element(xml, "published", day);
        FeedXml.Element(xml, "updated", day);
        foreach (var (name, uri) in FeedAuthors.People(paper.Authors))
        {
            xml.WriteStartElement("author");
            FeedXml.Element(xml, "name", name);
            if (uri is not null)
            {
                FeedXml.Element(xml, "uri", uri);
            }

            xml.WriteEndElement();
        }

        foreach (var (_, name) in FeedTags.Of(paper, tags))
        {
            // Readers show the term, so it is the name RSS and JSON Feed give; the label says it again for those that show labels.
            xml.WriteStartElement("category");
            FeedXml.Attribute(xml, "term", name);
            FeedXml.Attribute(xml, "scheme", site.AbsoluteUrl("/tags/"));
            FeedXml.Attribute(xml, "label", name);
            xml.WriteEndElement();
        }

        Text(xml, "summary", rendered.Summary);
        // A summary-only feed (an author's) says it in the summary and links the page: no content to repeat it.
        if (!summaryOnly)
        {
            xml.WriteStartElement("content");
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlSafeText.Clean(FeedContent.Html(site, rendered, items: items)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>A text construct of type "text": what it holds is shown as written, never read as markup.</summary>
    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlSafeText.Clean(value));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        FeedXml.Attribute(xml, "href", href);
        xml.WriteEndElement();
    }
}
