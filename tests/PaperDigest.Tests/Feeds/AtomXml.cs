using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PaperDigest.Tests.Feeds;

/// <summary>Reading Atom 1.0 feeds (RFC 4287) as a strict XML client would.</summary>
internal static partial class AtomXml
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339Shape();

    /// <summary>The root <c>feed</c> element of a well-formed Atom document (throws if the file is not well-formed).</summary>
    public static XElement Feed(string path)
    {
        var feed = RssXml.Load(path).Root!;
        Assert.Equal(Ns + "feed", feed.Name);
        return feed;
    }

    /// <summary>Parses an RFC 3339 date-time such as <c>2025-03-10T00:00:00-04:00</c>; fails on anything else.</summary>
    public static DateTimeOffset Rfc3339(string? text)
    {
        Assert.NotNull(text);
        Assert.True(Rfc3339Shape().IsMatch(text), $"'{text}' is not an RFC 3339 date-time such as '2025-05-27T00:00:00+02:00'");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    /// <summary>The href of the element's one <c>link</c> with <paramref name="rel"/> (alternate when rel is absent).</summary>
    public static string Link(XElement parent, string rel, string type)
    {
        var link = Assert.Single(parent.Elements(Ns + "link"), l => ((string?)l.Attribute("rel") ?? "alternate") == rel);
        Assert.Equal(type, (string?)link.Attribute("type"));
        return (string?)link.Attribute("href") ?? "";
    }
}
