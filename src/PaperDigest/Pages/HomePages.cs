using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/</c> and <c>/page/N/</c>: the latest digest days, newest first.</summary>
internal sealed class HomePages : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var pages = Paginator.Days(context.Model.Days, context.Model.Site.PageSize);
        // Every page's view is made on every build (its key is derived from it), so the pages are made in parallel.
        Parallel.For(0, pages.Count, i =>
        {
            var number = i + 1;
            var path = Paginator.PagePath("/", number);
            var lastModified = pages[i].Count > 0 ? pages[i][0].Date : (DateOnly?)null;
            var view = new HomeView(
                views.Site,
                [.. pages[i].Select(views.Day)],
                views.Pagination(number, pages.Count, n => Paginator.PagePath("/", n)),
                context.Model.Papers.Length);
            var title = number == 1 ? views.Config.Title : $"Page {number}";
            context.Output.Page(path, "home", view, views.Meta(title, null, path, "home"), lastModified);
        });

        return new EmitCount(pages.Count, 0);
    }
}
