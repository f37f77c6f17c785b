using PaperDigest.Emitting;

namespace PaperDigest.Feeds;

/// <summary><c>/feeds.opml</c>: the site feed and every tag feed, to subscribe to all at once.</summary>
internal sealed class OpmlFile : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var siteFeed = FeedChannel.ForSite(model);
        var tagFeeds = model.Tags.Select(t => FeedChannel.ForTag(model, t)).ToList();
        // The file names each feed by its title, description and page, not by its papers.
        static FeedChannel Named(FeedChannel feed) => feed with { Papers = [], Updated = default };
        context.Output.Bytes(FeedPaths.Opml.TrimStart('/'), (config: model.Site, siteFeed: Named(siteFeed), tagFeeds: tagFeeds.Select(Named).ToList()),
            static x => OpmlWriter.Write(x.config, x.siteFeed, x.tagFeeds));

        return default;
    }
}
