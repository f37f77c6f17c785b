using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.Feeds;

/// <summary>
/// One feed, whatever its format: what it is called, the page it follows (<c>/</c> or <c>/tags/x/</c>), its papers
/// newest first, and the day it last changed (its newest paper's day; never the clock, so rebuilds are identical).
/// </summary>
/// <param name="Title">The feed's title.</param>
/// <param name="Description">What the feed holds, never empty.</param>
/// <param name="PagePath">The site path of the page the feed follows; its feeds sit beside it (<see cref="FeedPaths"/>).</param>
/// <param name="Papers">The papers, newest first; writers take the first <c>feed_items</c>.</param>
/// <param name="Updated">The newest paper's digest day; for a feed with no papers, the newest day of the whole digest.</param>
internal sealed record FeedChannel(string Title, string Description, string PagePath, IReadOnlyList<RenderedPaper> Papers, DateOnly Updated)
{
    /// <summary>Whether items carry each paper's summary and a link to its page instead of the whole write-up (author feeds).</summary>
    public bool SummaryOnly { get; init; }

    /// <summary>The day given to feeds of a digest without any paper, where no content date exists.</summary>
    private static readonly DateOnly NoPapers = new(1970, 1, 1);

    /// <summary>The site path of this feed in <paramref name="format"/>.</summary>
    public string PathOf(FeedFormat format) => FeedPaths.For(PagePath, format);

    /// <summary>The papers a feed holds: the newest <paramref name="feedItems"/>.</summary>
    public IReadOnlyList<RenderedPaper> Items(int feedItems) => Papers.Count <= feedItems ? Papers : [.. Papers.Take(feedItems)];

    /// <summary>The feed of the whole digest.</summary>
    public static FeedChannel ForSite(SiteModel model)
    {
        var site = model.Site;
        return new FeedChannel(site.Title, string.IsNullOrEmpty(site.Description) ? site.Title : site.Description, "/", model.Papers, Newest(model.Papers, model));
    }

    /// <summary>The feed of one tag: "Site: Tag", described by the tag's description.</summary>
    public static FeedChannel ForTag(SiteModel model, TagListing listing)
    {
        var tag = listing.Tag;
        return new FeedChannel(
            $"{model.Site.Title}: {tag.Name}",
            string.IsNullOrEmpty(tag.Description) ? $"Papers tagged {tag.Name}." : tag.Description,
            listing.Path,
            listing.Papers,
            Newest(listing.Papers, model));
    }

    /// <summary>The feed of one author: "Site: Name"; its items carry summaries, not write-ups.</summary>
    public static FeedChannel ForAuthor(SiteModel model, AuthorListing listing) => new(
        $"{model.Site.Title}: {listing.Author.Name}",
        $"Papers by {listing.Author.Name} in {model.Site.Title}.",
        listing.Path,
        listing.Papers,
        Newest(listing.Papers, model))
    {
        SummaryOnly = true,
    };

    /// <summary>The site feed, then one feed per tag in the registry's order (tags without papers too).</summary>
    public static IReadOnlyList<FeedChannel> All(SiteModel model) => [ForSite(model), .. model.Tags.Select(t => ForTag(model, t))];

    private static DateOnly Newest(IReadOnlyList<RenderedPaper> papers, SiteModel model) =>
        papers.Count > 0 ? papers.Max(p => p.Paper.Date)
        : model.Papers.Length > 0 ? model.Papers.Max(p => p.Paper.Date)
        : NoPapers;
}
