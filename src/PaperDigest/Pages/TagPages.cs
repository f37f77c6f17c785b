using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/tags/</c> with counts and descriptions, and <c>/tags/&lt;tag&gt;/</c> paginated, newest first.</summary>
public sealed class TagPages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var summaries = context.Model.Tags.Select(views.TagSummary).ToList();
        var index = new TagIndexView(views.Site, [.. summaries.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)]);
        context.Output.WritePage("/tags/", context.Theme.RenderPage("tags", index, views.Site,
            views.Meta("Tags", $"Every tag of {views.Config.Title}, with the number of papers in each.", "/tags/", "tags")));
        var pagesWritten = 1;

        foreach (var (listing, summary) in context.Model.Tags.Zip(summaries))
        {
            var pages = Paginator.Chunks(listing.Papers, context.Model.Site.PageSize);
            for (var i = 0; i < pages.Count; i++)
            {
                var number = i + 1;
                var path = Paginator.PagePath(listing.Path, number);
                var key = context.Keys.Add(context.Keys.For("tag page").Add(listing.Tag.Slug).Add(number).Add(pages.Count).Add(listing.Papers.Length), pages[i]).Build();
                var lastModified = pages[i].Count > 0 ? pages[i][0].Paper.Date : (DateOnly?)null;
                pagesWritten++;
                if (context.Output.KeepPage(path, key, lastModified))
                {
                    continue;
                }

                var (view, meta) = views.TagPage(listing, summary, pages[i], number, pages.Count);
                context.Output.WritePage(path, context.Theme.RenderPage("tag", view, views.Site, meta), lastModified, key: key);
            }
        }

        return new EmitCount(pagesWritten, 0);
    }
}
