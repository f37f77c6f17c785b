using PaperDigest.Emitting;

namespace PaperDigest.Feeds;

/// <summary><c>/feeds.opml</c>: the site feed and every tag feed, to subscribe to all at once.</summary>
internal sealed class OpmlFile : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var siteFeed = FeedChannel.ForSite(model);
        var tagFeeds = model.Tags.Select(t => FeedChannel.ForTag(model, t)).ToList();
        // The file names each feed by its title, description and page (the site's stamp holds the address and language).
        var key = context.Keys.For("opml");
        foreach (var feed in tagFeeds.Prepend(siteFeed))
        {
            key.Add(feed.Title).Add(feed.Description).Add(feed.PagePath);
        }

        var path = FeedPaths.Opml.TrimStart('/');
        var fingerprint = key.Build();
        if (!context.Output.Keep(path, fingerprint))
        {
            context.Output.WriteBytes(path, OpmlWriter.Write(model.Site, siteFeed, tagFeeds), fingerprint);
        }

        return default;
    }
}
