using System.Xml;
using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// Writes <c>/feeds.opml</c> (OPML 2.0): the site's RSS feed, then every tag's RSS feed inside a "Tags" outline, so a
/// reader can subscribe to all of them at once. It carries no dates: none would come from content, and never the clock.
/// </summary>
internal static class OpmlWriter
{
    /// <param name="site">The digest's settings.</param>
    /// <param name="siteFeed">The whole digest's feed.</param>
    /// <param name="tagFeeds">One feed per tag, in the order to list them.</param>
    public static byte[] Write(SiteConfig site, FeedChannel siteFeed, IReadOnlyList<FeedChannel> tagFeeds) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        FeedXml.Element(xml, "title", $"{site.Title}: all feeds");
        FeedXml.Element(xml, "docs", "http://opml.org/spec2.opml");
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        Subscription(xml, site, siteFeed);
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("text", "Tags");
        xml.WriteAttributeString("title", "Tags");
        foreach (var feed in tagFeeds)
        {
            Subscription(xml, site, feed);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static void Subscription(XmlWriter xml, SiteConfig site, FeedChannel feed)
    {
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("type", "rss");
        FeedXml.Attribute(xml, "text", feed.Title);
        FeedXml.Attribute(xml, "title", feed.Title);
        FeedXml.Attribute(xml, "description", feed.Description);
        FeedXml.Attribute(xml, "xmlUrl", site.AbsoluteUrl(feed.PathOf(FeedFormat.Rss)));
        FeedXml.Attribute(xml, "htmlUrl", site.AbsoluteUrl(feed.PagePath));
        FeedXml.Attribute(xml, "language", site.Language);
        xml.WriteAttributeString("version", "RSS2");
        xml.WriteEndElement();
    }
}
