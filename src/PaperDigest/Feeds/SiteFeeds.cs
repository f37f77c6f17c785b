using PaperDigest.Content;
using PaperDigest.Emitting;

namespace PaperDigest.Feeds;

/// <summary>
/// The feeds of the whole digest (<c>/feed.xml</c>, <c>/atom.xml</c>, <c>/feed.json</c>) and the same three for every
/// tag (<c>/tags/&lt;tag&gt;/feed.xml</c> ...); see <see cref="FeedPaths"/>.
/// </summary>
internal sealed class SiteFeeds : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var registry = new TagRegistry([.. model.Tags.Select(t => t.Tag)]);
        var channels = FeedChannel.All(model);
        foreach (var channel in channels)
        {
            foreach (var format in FeedPaths.Formats)
            {
                var path = channel.PathOf(format).TrimStart('/');
                var key = context.Keys.Add(
                    context.Keys.For("feed").Add(path).Add(channel.Title).Add(channel.Description).Add(channel.Updated.DayNumber),
                    channel.Items(model.Site.FeedItems)).Build();
                if (!context.Output.Keep(path, key))
                {
                    context.Output.WriteBytes(path, Write(format, model.Site, registry, channel), key);
                }
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
