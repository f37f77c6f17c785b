using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

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
        // A feed shows a paper's entry, write-up and summary, not the words counted for related papers and search:
        // without them, what a feed is made from is smaller, and each paper's part is made once for all feeds.
        var shown = new FeedPapers(model.Papers.Length, static r => RenderedPaper.ShownOnly(r.Shown));
        Parallel.ForEach(channels, channel =>
        {
            // A feed is made from its newest papers only.
            var input = new FeedInput(model.Site, tags, channel with { Papers = [.. channel.Items(model.Site.FeedItems).Select(shown.Of)] });
            foreach (var format in FeedPaths.Formats)
            {
                context.Output.Bytes(channel.PathOf(format).TrimStart('/'), (format, input), static x => x.input.Write(x.format));
            }
        });

        return new EmitCount(0, channels.Count * FeedPaths.Formats.Count);
    }

    internal static byte[] Write(FeedFormat format, SiteConfig site, TagRegistry tags, FeedChannel channel, FeedItemHtml? items = null) => format switch
    {
        FeedFormat.Rss => RssFeedWriter.Write(site, tags, channel, items),
        FeedFormat.Atom => AtomFeedWriter.Write(site, tags, channel, items),
        FeedFormat.Json => JsonFeedWriter.Write(site, tags, channel, items),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
