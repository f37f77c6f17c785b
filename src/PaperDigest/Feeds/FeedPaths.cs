namespace PaperDigest.Feeds;

/// <summary>
/// Where feeds live and how they are announced. A feed follows a page: the site feeds follow <c>/</c>
/// (<c>/feed.xml</c>, <c>/atom.xml</c>, <c>/feed.json</c>), a tag's feeds follow <c>/tags/&lt;tag&gt;/</c>
/// (<c>/tags/&lt;tag&gt;/feed.xml</c> ...). Paths are site paths: pass them to <c>SiteConfig.Link</c> or <c>AbsoluteUrl</c>.
/// </summary>
internal static class FeedPaths
{
    /// <summary>The OPML file that subscribes a reader to the site feed and every tag feed at once.</summary>
    public const string Opml = "/feeds.opml";

    /// <summary>The OPML file that subscribes a reader to every author's feed at once.</summary>
    public const string AuthorsOpml = "/authors.opml";

    /// <summary>Every format, in the order feeds are listed (RSS, Atom, JSON Feed).</summary>
    public static IReadOnlyList<FeedFormat> Formats { get; } = [FeedFormat.Rss, FeedFormat.Atom, FeedFormat.Json];

    /// <summary>The site path of the feed that follows <paramref name="pagePath"/> (<c>/</c> or <c>/tags/x/</c>).</summary>
    public static string For(string pagePath, FeedFormat format) =>
        (pagePath.EndsWith('/') ? pagePath : pagePath + "/") + FileName(format);

    /// <summary>The site path of the whole digest's feed in <paramref name="format"/>.</summary>
    public static string ForSite(FeedFormat format) => For("/", format);

    /// <summary>The site path of a tag's feed in <paramref name="format"/>.</summary>
    public static string ForTag(string tagSlug, FeedFormat format) => For($"/tags/{tagSlug}/", format);

    public static string FileName(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "feed.xml",
        FeedFormat.Atom => "atom.xml",
        FeedFormat.Json => "feed.json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The media type for <c>&lt;link rel="alternate" type="..."&gt;</c> and the feeds' self links.</summary>
    public static string MediaType(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml",
        FeedFormat.Atom => "application/atom+xml",
        FeedFormat.Json => "application/feed+json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format's name as readers know it, for link titles: "RSS", "Atom", "JSON Feed".</summary>
    public static string Label(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "RSS",
        FeedFormat.Atom => "Atom",
        FeedFormat.Json => "JSON Feed",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
