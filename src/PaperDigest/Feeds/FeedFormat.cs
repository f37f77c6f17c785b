namespace PaperDigest.Feeds;

/// <summary>The feed formats every feed is written in; <see cref="FeedPaths"/> gives their file names and media types.</summary>
internal enum FeedFormat
{
    /// <summary>RSS 2.0, <c>feed.xml</c>.</summary>
    Rss,

    /// <summary>Atom 1.0 (RFC 4287), <c>atom.xml</c>.</summary>
    Atom,

    /// <summary>JSON Feed 1.1, <c>feed.json</c>.</summary>
    Json,
}
