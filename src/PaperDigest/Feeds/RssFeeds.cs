using PaperDigest.Content;
using PaperDigest.Emitting;

namespace PaperDigest.Feeds;

/// <summary><c>/feed.xml</c> for the whole digest and <c>/tags/&lt;tag&gt;/feed.xml</c> for every tag.</summary>
public sealed class RssFeeds : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var site = model.Site;
        var registry = new TagRegistry([.. model.Tags.Select(t => t.Tag)]);
        context.Output.WriteBytes("feed.xml", RssFeedWriter.Write(site, registry, site.Title, site.Description, "/", "/feed.xml", model.Papers));
        foreach (var listing in model.Tags)
        {
            var title = $"{site.Title}: {listing.Tag.Name}";
            var description = string.IsNullOrEmpty(listing.Tag.Description) ? $"Papers tagged {listing.Tag.Name}." : listing.Tag.Description;
            context.Output.WriteBytes($"tags/{listing.Tag.Slug}/feed.xml",
                RssFeedWriter.Write(site, registry, title, description, listing.Path, listing.Path + "feed.xml", listing.Papers));
        }

        return new EmitCount(0, model.Tags.Length + 1);
    }
}
