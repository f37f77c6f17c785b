using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/</c> and <c>/page/N/</c>: the latest digest days, newest first.</summary>
internal sealed class HomePages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var pages = Paginator.Days(context.Model.Days, context.Model.Site.PageSize);
        for (var i = 0; i < pages.Count; i++)
        {
            var number = i + 1;
            var path = Paginator.PagePath("/", number);
            var key = context.Keys.For("home page").Add(number).Add(pages.Count).Add(context.Model.Papers.Length);
            foreach (var day in pages[i])
            {
                context.Keys.Add(key.Add(day.Date.DayNumber), day.Papers);
            }

            var fingerprint = key.Build();
            var lastModified = pages[i].Count > 0 ? pages[i][0].Date : (DateOnly?)null;
            if (context.Output.KeepPage(path, fingerprint, lastModified))
            {
                continue;
            }

            var view = new HomeView(
                views.Site,
                [.. pages[i].Select(views.Day)],
                views.Pagination(number, pages.Count, n => Paginator.PagePath("/", n)),
                context.Model.Papers.Length);
            var title = number == 1 ? views.Config.Title : $"Page {number}";
            var html = context.Theme.RenderPage("home", view, views.Site, views.Meta(title, null, path, "home"));
            context.Output.WritePage(path, html, lastModified, key: fingerprint);
        }

        return new EmitCount(pages.Count, 0);
    }
}
