using System.Collections.Immutable;
using PaperDigest.Feeds;
using PaperDigest.Theming.Views;

namespace PaperDigest.Newsletter;

/// <summary>
/// <c>/newsletter/feed.xml</c>: an RSS 2.0 feed with one item per finished digest week, whose content is that week's
/// e-mail edition, so a feed-to-e-mail service can mail each week as it ends. A week is finished once the day of the
/// build is past its Sunday; the week in progress joins the feed when it ends, so no subscriber is mailed half a week.
/// </summary>
internal static class NewsletterFeed
{
    public const string Path = "/newsletter/feed.xml";

    /// <summary>How many weeks the feed carries, newest first.</summary>
    public const int MaxWeeks = 12;

    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>What the feed is made from: the channel and each finished week's edition with the day it is sent (the
    /// Monday after it), newest first.</summary>
    public sealed record Input(string SiteTitle, string SiteUrl, string FeedUrl, string Language, TimeZoneInfo TimeZone,
        ImmutableArray<(NewsletterView Edition, DateOnly Published)> Weeks);

    /// <summary>The feed's XML; <paramref name="render"/> renders a template without the layout.</summary>
    public static string Write(Func<string, object, string> render, Input input) => System.Text.Encoding.UTF8.GetString(FeedXml.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteStartElement("channel");
        FeedXml.Element(xml, "title", $"{input.SiteTitle}: weekly newsletter");
        FeedXml.Element(xml, "link", input.SiteUrl);
        FeedXml.Element(xml, "description", $"The papers of {input.SiteTitle}, one e-mail edition a week.");
        FeedXml.Element(xml, "language", input.Language);
        xml.WriteStartElement("atom", "link", AtomNs);
        FeedXml.Attribute(xml, "href", input.FeedUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        FeedXml.Element(xml, "generator", "PaperDigest");
        if (input.Weeks.Length > 0)
        {
            FeedXml.Element(xml, "lastBuildDate", FeedDates.Rfc822(FeedDates.StartOfDay(input.Weeks[0].Published, input.TimeZone)));
        }

        foreach (var (edition, published) in input.Weeks)
        {
            xml.WriteStartElement("item");
            FeedXml.Element(xml, "title", edition.Title);
            FeedXml.Element(xml, "link", edition.WebUrl);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(XmlSafeText.Clean(edition.CanonicalUrl));
            xml.WriteEndElement();
            FeedXml.Element(xml, "pubDate", FeedDates.Rfc822(FeedDates.StartOfDay(published, input.TimeZone)));
            FeedXml.Element(xml, "description", edition.Heading);
            xml.WriteStartElement("content", "encoded", ContentNs);
            xml.WriteCData(XmlSafeText.Clean(Body(render("newsletter", edition))));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }));

    /// <summary>The edition's body: an item's content is a fragment, and the edition's styles are inline, so nothing is lost.</summary>
    internal static string Body(string document)
    {
        var open = document.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var start = open < 0 ? -1 : document.IndexOf('>', open);
        var end = document.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return start < 0 || end <= start ? document : document[(start + 1)..end].Trim();
    }
}
