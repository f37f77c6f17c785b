using System.Xml;
using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// Writes <c>/feeds.opml</c> (OPML 2.0): the site's RSS feed, then every tag's RSS feed inside a "Tags" outline, so a
/// reader can subscribe to all of them at once; and <c>/authors.opml</c>, every author's RSS feed inside an "Authors"
/// outline. It carries no dates: none would come from content, and never the clock.
/// </summary>
internal static class OpmlWriter
{
    /// <param name="site">The digest's settings.</param>
    /// <param name="siteFeed">The whole digest's feed.</param>
    /// <param name="tagFeeds">One feed per tag, in the order to list them.</param>
    public static byte[] Write(SiteConfig site, FeedChannel siteFeed, IReadOnlyList<FeedChannel> tagFeeds) =>
        Write(site, $"{site.Title}: all feeds", siteFeed, "Tags", tagFeeds);

    /// <summary><c>/authors.opml</c>: every author's feed inside an "Authors" outline.</summary>
    /// <param name="site">The digest's settings.</param>
    /// <param name="authorFeeds">One feed per author, in the order to list them.</param>
    public static byte[] WriteAuthors(SiteConfig site, IReadOnlyList<FeedChannel> authorFeeds) =>
        Write(site, $"{site.Title}: every author", null, "Authors", authorFeeds);

    private static byte[] Write(SiteConfig site, string title, FeedChannel? siteFeed, string group, IReadOnlyList<FeedChannel> feeds) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        FeedXml.Element(xml, "title", title);
        FeedXml.Element(xml, "docs", "http://opml.org/spec2.opml");
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        if (siteFeed is not null)
        {
            Subscription(xml, site, siteFeed);
        }

        xml.WriteStartElement("outline");
        xml.WriteAttributeString("text", group);
        xml.WriteAttributeString("title", group);
        foreach (var feed in feeds)
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
