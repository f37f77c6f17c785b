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
        var bare = new FeedPapers(model.Papers.Length, static r => RenderedPaper.ShownOnly(r.Shown with { Html = NoWriteUp }));
        var items = new FeedItemHtml(model.Site, model.Papers.Length);

        var channels = model.Authors.Select(a => FeedChannel.ForAuthor(model, a)).ToList();
        Parallel.ForEach(channels, channel =>
        {
            var feed = channel with { Papers = [.. channel.Items(model.Site.FeedItems).Select(bare.Of)] };
            // The feed and its writer see only the tags its papers carry (for the categories' names).
            var used = TagsOf(feed.Papers, tags);
            var input = new FeedInput(model.Site, used, feed);
            foreach (var format in FeedPaths.Formats)
            {
                context.Output.Bytes(channel.PathOf(format).TrimStart('/'), (format, input), items, static (x, items) => x.input.Write(x.format, items));
            }
        });

        // The file names each feed by its title, description and page, not by its papers.
        var named = channels.Select(c => c with { Papers = [], Updated = default }).ToList();
        context.Output.Bytes(FeedPaths.AuthorsOpml.TrimStart('/'), (config: model.Site, feeds: named),
            static x => OpmlWriter.WriteAuthors(x.config, x.feeds));
        return new EmitCount(0, channels.Count * FeedPaths.Formats.Count);
    }

    /// <summary>The tags <paramref name="papers"/> carry, in slug order, each once.</summary>
    private static ImmutableArray<Tag> TagsOf(IReadOnlyList<RenderedPaper> papers, Dictionary<string, Tag> tags)
    {
        // An author's papers carry few tags between them: a list looked through is cheaper than a set for each feed.
        var slugs = new List<string>();
        foreach (var paper in papers)
        {
            foreach (var slug in paper.Paper.Tags)
            {
                if (!slugs.Contains(slug))
                {
                    slugs.Add(slug);
                }
            }
        }

        slugs.Sort(StringComparer.Ordinal);
        var used = ImmutableArray.CreateBuilder<Tag>(slugs.Count);
        foreach (var slug in slugs)
        {
            used.Add(tags[slug]);
        }

        return used.MoveToImmutable();
    }
}
