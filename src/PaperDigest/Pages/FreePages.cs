using PaperDigest.Theming;
using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/&lt;name&gt;/</c> for each page in <c>pages/</c>, and the site's <c>404.html</c>.</summary>
internal sealed class FreePages : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        foreach (var rendered in context.Model.Pages)
        {
            var page = rendered.Page;
            var view = new FreePageView(views.Site, page.Title, new TrustedHtml(rendered.Html));
            context.Output.Page(page.Path, "page", view, views.Meta(page.Title, page.Description, page.Path, "page") with
            {
                HasMath = Rendering.WriteUpHtml.HoldsMath(rendered.Html),
            });
        }

        context.Output.Page("/404.html", "404", new NotFoundView(views.Site),
            views.Meta("Page not found", "There is no page at this address.", "/404.html", "not-found"), inSitemap: false);
        return new EmitCount(context.Model.Pages.Length + 1, 0);
    }
}
