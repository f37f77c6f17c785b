using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/authors/</c> with every author and their paper counts, and <c>/authors/&lt;slug&gt;/</c> paginated, newest first.</summary>
internal sealed class AuthorPages : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var authors = context.Model.Authors;
        // The listings are sorted by name already.
        var index = new AuthorIndexView(views.Site, [.. authors.Select(a => views.AuthorSummary(a.Author, a.Papers.Length))]);
        context.Output.Page("/authors/", "authors", index,
            views.Meta("Authors", $"Every author of the papers in {views.Config.Title}, with the number of their papers.", "/authors/", "authors"));

        var pages = new List<AuthorPageInput>();
        foreach (var listing in authors)
        {
            var chunks = Paginator.Chunks(listing.Papers, context.Model.Site.PageSize);
            for (var i = 0; i < chunks.Count; i++)
            {
                pages.Add(new AuthorPageInput(listing.Author, listing.Papers.Length, [.. chunks[i].Select(p => p.Shown)], i + 1, chunks.Count));
            }
        }

        Parallel.ForEach(pages, page =>
        {
            var path = Paginator.PagePath(page.Author.Path, page.Number);
            var lastModified = page.Papers.Count > 0 ? page.Papers[0].Paper.Date : (DateOnly?)null;
            context.Output.Page(path, "author", page, static (views, input) => views.AuthorPage(input), lastModified);
        });

        return new EmitCount(1 + pages.Count, 0);
    }
}
