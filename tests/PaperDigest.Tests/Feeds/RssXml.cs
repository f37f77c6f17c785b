using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace PaperDigest.Tests.Feeds;

/// <summary>Reading RSS 2.0 feeds as a strict XML client would.</summary>
internal static partial class RssXml
{
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?<zone>[+-]\d{4}|GMT)$")]
    private static partial Regex Rfc822Shape();

    /// <summary>Loads a feed with a strict, DTD-refusing XML reader: throws if it is not well-formed.</summary>
    public static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
        return XDocument.Load(reader);
    }

    public static XElement Channel(XDocument feed)
    {
        Assert.Equal("rss", feed.Root!.Name.LocalName);
        Assert.Equal("2.0", (string?)feed.Root.Attribute("version"));
        return Assert.Single(feed.Root.Elements("channel"));
    }

    /// <summary>Parses an RFC 822 date as RSS 2.0 uses it (four-digit year, numeric zone or GMT); fails on anything else.</summary>
    public static DateTimeOffset Rfc822(string? text)
    {
        Assert.NotNull(text);
        var match = Rfc822Shape().Match(text);
        Assert.True(match.Success, $"'{text}' is not an RFC 822 date such as 'Tue, 27 May 2025 00:00:00 +0200'");
        var zone = match.Groups["zone"].Value;
        var iso = zone == "GMT" ? "+00:00" : $"{zone[..3]}:{zone[3..]}";
        return DateTimeOffset.ParseExact(text[..^zone.Length] + iso, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
    }
}
