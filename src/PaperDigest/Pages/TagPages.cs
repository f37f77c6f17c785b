using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/tags/</c> with counts and descriptions, and <c>/tags/&lt;tag&gt;/</c> paginated, newest first.</summary>
internal sealed class TagPages : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var summaries = context.Model.Tags.Select(views.TagSummary).ToList();
        var index = new TagIndexView(views.Site, [.. summaries.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)]);
        context.Output.Page("/tags/", "tags", index, views.Meta("Tags", $"Every tag of {views.Config.Title}, with the number of papers in each.", "/tags/", "tags"));

        // Every page of every tag.
        var pages = new List<(TagListing Listing, TagSummaryView Summary, IReadOnlyList<RenderedPaper> Papers, int Number, int Total)>();
        foreach (var (listing, summary) in context.Model.Tags.Zip(summaries))
        {
            var chunks = Paginator.Chunks(listing.Papers, context.Model.Site.PageSize);
            for (var i = 0; i < chunks.Count; i++)
            {
                pages.Add((listing, summary, chunks[i], i + 1, chunks.Count));
            }
        }

        Parallel.ForEach(pages, page =>
        {
            var (listing, summary, papers, number, total) = page;
            var path = Paginator.PagePath(listing.Path, number);
            var lastModified = papers.Count > 0 ? papers[0].Paper.Date : (DateOnly?)null;
            var (view, meta) = views.TagPage(listing, summary, papers, number, total);
            context.Output.Page(path, "tag", view, meta, lastModified);
        });

        return new EmitCount(1 + pages.Count, 0);
    }
}
