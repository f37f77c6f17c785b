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
        var pages = Paginator.Days(context.Model.Days, context.Model.Site.PageSize);
        Parallel.For(0, pages.Count, i =>
        {
            var number = i + 1;
            var path = Paginator.PagePath("/", number);
            var lastModified = pages[i].Count > 0 ? pages[i][0].Date : (DateOnly?)null;
            context.Output.Page(path, "home", new HomePageInput(pages[i], number, pages.Count, context.Model.Papers.Length), Make, lastModified);
        });

        return new EmitCount(pages.Count, 0);
    }

    private static PageContent Make(ViewFactory views, HomePageInput input)
    {
        var path = Paginator.PagePath("/", input.Number);
        var view = new HomeView(
            views.Site,
            [.. input.Days.Select(views.Day)],
            views.Pagination(input.Number, input.Total, n => Paginator.PagePath("/", n)),
            input.PaperCount);
        var title = input.Number == 1 ? views.Config.Title : $"Page {input.Number}";
        return new PageContent(view, views.Meta(title, null, path, "home"));
    }
}
