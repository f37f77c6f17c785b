using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/papers/&lt;slug&gt;/</c>: one page per paper, rendered and written in parallel.</summary>
public sealed class PaperPages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var papers = context.Model.Papers;
        var views = context.Views;
        var config = views.Config;
        Parallel.For(0, papers.Length, i =>
        {
            var rendered = papers[i];
            var paper = rendered.Paper;
            var newer = i > 0 ? papers[i - 1].Paper : null;
            var older = i < papers.Length - 1 ? papers[i + 1].Paper : null;
            var view = new PaperPageView(
                views.Site,
                views.Card(rendered),
                rendered.Html,
                paper.Published is { } published ? ViewFactory.Iso(published) : null,
                paper.Published is { } p ? ViewFactory.DateText(p) : null,
                paper.Doi,
                paper.DoiUrl,
                newer is null ? null : new NavLinkView(newer.Title, config.Link(newer.Path)),
                older is null ? null : new NavLinkView(older.Title, config.Link(older.Path)),
                [.. context.Model.Related[i].Select(j => views.Card(papers[j]))]);
            var html = context.Theme.RenderPage("paper", view, views.Site, views.Meta(paper.Title, rendered.Summary, paper.Path, "paper"));
            context.Output.WritePage(paper.Path, html, paper.Date);
        });

        return new EmitCount(papers.Length, 0);
    }
}
