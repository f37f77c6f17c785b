using PaperDigest.Theming;
using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/&lt;name&gt;/</c> for each page in <c>pages/</c>, and the site's <c>404.html</c>.</summary>
internal sealed class FreePages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        // The pages' files are part of the site's stamp, as is everything else these pages show.
        foreach (var rendered in context.Model.Pages)
        {
            var page = rendered.Page;
            var key = context.Keys.For("page").Add(page.Path).Build();
            if (context.Output.KeepPage(page.Path, key))
            {
                continue;
            }

            var view = new FreePageView(views.Site, page.Title, new TrustedHtml(rendered.Html));
            context.Output.WritePage(page.Path, context.Theme.RenderPage("page", view, views.Site, views.Meta(page.Title, page.Description, page.Path, "page")), key: key);
        }

        var notFoundKey = context.Keys.For("404").Build();
        if (!context.Output.KeepPage("/404.html", notFoundKey, inSitemap: false))
        {
            var notFound = context.Theme.RenderPage("404", new NotFoundView(views.Site), views.Site,
                views.Meta("Page not found", "There is no page at this address.", "/404.html", "not-found"));
            context.Output.WritePage("/404.html", notFound, inSitemap: false, key: notFoundKey);
        }
        return new EmitCount(context.Model.Pages.Length + 1, 0);
    }
}
