using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/tags/</c> with counts and descriptions, and <c>/tags/&lt;tag&gt;/</c> paginated, newest first.</summary>
internal sealed class TagPages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var summaries = context.Model.Tags.Select(views.TagSummary).ToList();
        // The index shows each tag's name, description and links (all in the site's stamp) and its number of papers.
        var indexKey = context.Keys.For("tags").Add(summaries.Count);
        foreach (var summary in summaries)
        {
            indexKey.Add(summary.Count);
        }

        var indexFingerprint = indexKey.Build();
        if (!context.Output.KeepPage("/tags/", indexFingerprint))
        {
            var index = new TagIndexView(views.Site, [.. summaries.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)]);
            context.Output.WritePage("/tags/", context.Theme.RenderPage("tags", index, views.Site,
                views.Meta("Tags", $"Every tag of {views.Config.Title}, with the number of papers in each.", "/tags/", "tags")), key: indexFingerprint);
        }

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

        foreach (var page in pages)
        {
            var (listing, summary, papers, number, total) = page;
            var path = Paginator.PagePath(listing.Path, number);
            var key = context.Keys.Add(context.Keys.For("tag page").Add(listing.Tag.Slug).Add(number).Add(total).Add(listing.Papers.Length), papers).Build();
            var lastModified = papers.Count > 0 ? papers[0].Paper.Date : (DateOnly?)null;
            if (context.Output.KeepPage(path, key, lastModified))
            {
                continue;
            }

            var (view, meta) = views.TagPage(listing, summary, papers, number, total);
            context.Output.WritePage(path, context.Theme.RenderPage("tag", view, views.Site, meta), lastModified, key: key);
        }

        return new EmitCount(1 + pages.Count, 0);
    }
}
