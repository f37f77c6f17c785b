using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// Every author's feeds (<c>/authors/&lt;slug&gt;/feed.xml</c>, <c>atom.xml</c>, <c>feed.json</c>), whose items carry
/// each paper's summary and a link rather than its write-up, and <c>/authors.opml</c> to subscribe to all of them.
/// </summary>
internal sealed class AuthorFeeds : IEmitter
{
    private static readonly WriteUpHtml NoWriteUp = "";

    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var tags = model.Tags.Select(t => t.Tag).ToDictionary(t => t.Slug, StringComparer.Ordinal);
        // An author feed shows no write-up: without it, a paper's part of what the feeds are made from is small and
        // stays the same when only the write-up changes. Each paper is stripped once for all its authors' feeds.
        using var bare = new FeedPapers(model.Papers.Length, static r => RenderedPaper.ShownOnly(r.Shown with { Html = NoWriteUp }), rememberItems: true);

        var channels = model.Authors.Select(a => FeedChannel.ForAuthor(model, a)).ToList();
        Parallel.ForEach(channels, channel =>
        {
            var feed = channel with { Papers = [.. channel.Items(model.Site.FeedItems).Select(bare.Of)] };
            // The feed and its writer see only the tags its papers carry (for the categories' names).
            ImmutableArray<Tag> used = [.. feed.Papers.SelectMany(p => p.Paper.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => tags[t])];
            var input = new FeedInput(model.Site, used, feed);
            foreach (var format in FeedPaths.Formats)
            {
                context.Output.Bytes(channel.PathOf(format).TrimStart('/'), (format, input), static x => x.input.Write(x.format));
            }
        });

        // The file names each feed by its title, description and page, not by its papers.
        var named = channels.Select(c => c with { Papers = [], Updated = default }).ToList();
        context.Output.Bytes(FeedPaths.AuthorsOpml.TrimStart('/'), (config: model.Site, feeds: named),
            static x => OpmlWriter.WriteAuthors(x.config, x.feeds));
        return new EmitCount(0, channels.Count * FeedPaths.Formats.Count);
    }
}
