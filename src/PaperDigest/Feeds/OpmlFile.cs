using PaperDigest.Emitting;

namespace PaperDigest.Feeds;

/// <summary><c>/feeds.opml</c>: the site feed and every tag feed, to subscribe to all at once.</summary>
public sealed class OpmlFile : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var tagFeeds = model.Tags.Select(t => FeedChannel.ForTag(model, t)).ToList();
        context.Output.WriteBytes(FeedPaths.Opml.TrimStart('/'), OpmlWriter.Write(model.Site, FeedChannel.ForSite(model), tagFeeds));
        return default;
    }
}
