using PaperDigest.Emitting;
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
        var summaries = context.Model.Tags.Select(t => views.TagSummary(t.Tag, t.Papers.Length));
        var index = new TagIndexView(views.Site, [.. summaries.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)]);
        context.Output.Page("/tags/", "tags", index, views.Meta("Tags", $"Every tag of {views.Config.Title}, with the number of papers in each.", "/tags/", "tags"));

        // Every page of every tag.
        var pages = new List<TagPageInput>();
        foreach (var listing in context.Model.Tags)
        {
            var chunks = Paginator.Chunks(listing.Papers, context.Model.Site.PageSize);
            for (var i = 0; i < chunks.Count; i++)
            {
                pages.Add(new TagPageInput(listing.Tag, listing.Papers.Length, [.. chunks[i].Select(p => p.Shown)], i + 1, chunks.Count));
            }
        }

        Parallel.ForEach(pages, page =>
        {
            var path = Paginator.PagePath(page.Tag.Path, page.Number);
            var lastModified = page.Papers.Count > 0 ? page.Papers[0].Paper.Date : (DateOnly?)null;
            context.Output.Page(path, "tag", page, static (views, input) => views.TagPage(input), lastModified);
        });

        return new EmitCount(1 + pages.Count, 0);
    }
}
