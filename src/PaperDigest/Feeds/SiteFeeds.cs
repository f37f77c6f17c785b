using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Emitting;

namespace PaperDigest.Feeds;

/// <summary>
/// The feeds of the whole digest (<c>/feed.xml</c>, <c>/atom.xml</c>, <c>/feed.json</c>) and the same three for every
/// tag (<c>/tags/&lt;tag&gt;/feed.xml</c> ...); see <see cref="FeedPaths"/>.
/// </summary>
internal sealed class SiteFeeds : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        ImmutableArray<Tag> tags = [.. model.Tags.Select(t => t.Tag)];
        var channels = FeedChannel.All(model);
        foreach (var channel in channels)
        {
            // A feed is made from its newest papers only.
            var feed = channel with { Papers = channel.Items(model.Site.FeedItems) };
            foreach (var format in FeedPaths.Formats)
            {
                context.Output.Bytes(channel.PathOf(format).TrimStart('/'), (format, model.Site, tags, feed),
                    static x => Write(x.format, x.Site, new TagRegistry(x.tags), x.feed));
            }
        }

        return new EmitCount(0, channels.Count * FeedPaths.Formats.Count);
    }

    private static byte[] Write(FeedFormat format, SiteConfig site, TagRegistry tags, FeedChannel channel) => format switch
    {
        FeedFormat.Rss => RssFeedWriter.Write(site, tags, channel),
        FeedFormat.Atom => AtomFeedWriter.Write(site, tags, channel),
        FeedFormat.Json => JsonFeedWriter.Write(site, tags, channel),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
