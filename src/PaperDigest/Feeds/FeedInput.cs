using System.Collections.Immutable;
using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// What one feed is written from, whatever its format: one instance for its three files, so the build reads it once
/// to tell whether they changed (it is one of the build's shared types), and the three differ only by their format.
/// </summary>
/// <param name="Site">The site's settings.</param>
/// <param name="Tags">The tags whose names the feed's categories may show.</param>
/// <param name="Feed">The feed, holding only the papers it shows.</param>
internal sealed record FeedInput(SiteConfig Site, ImmutableArray<Tag> Tags, FeedChannel Feed)
{
    /// <param name="items">Item HTML the feeds of the emitter share, if any.</param>
    public byte[] Write(FeedFormat format, FeedItemHtml? items = null) => SiteFeeds.Write(format, Site, new TagRegistry(Tags), Feed, items);
}
