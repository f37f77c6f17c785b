using PaperDigest.Citations;
using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary>
/// <c>/papers/&lt;slug&gt;/</c>: one page per paper, with its citation files <c>cite.bib</c> and <c>cite.ris</c>
/// beside it, rendered and written in parallel.
/// </summary>
internal sealed class PaperPages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var papers = context.Model.Papers;
        var views = context.Views;
        var config = views.Config;
        var keys = context.Keys;
        var output = context.Output;
        Parallel.For(0, papers.Length, i =>
        {
            var rendered = papers[i];
            var paper = rendered.Paper;
            var folder = paper.Path.TrimStart('/');
            // The citation files show the paper alone; its page also shows its neighbours and related papers.
            var citationKey = keys.Add(keys.For("citation"), rendered).Build();
            var bibtex = output.Keep(folder + "cite.bib", citationKey) ? null : BibTexWriter.Write(paper, config);
            if (bibtex is not null)
            {
                output.WriteText(folder + "cite.bib", bibtex, citationKey);
            }

            if (!output.Keep(folder + "cite.ris", citationKey))
            {
                output.WriteText(folder + "cite.ris", RisWriter.Write(paper, config, views.TagNames(paper)), citationKey);
            }

            var pageKey = keys.Add(keys.Add(keys.Add(keys.For("paper"), rendered), i > 0 ? papers[i - 1] : null), i < papers.Length - 1 ? papers[i + 1] : null);
            var pageKeyWithRelated = keys.Add(pageKey, context.Model.Related[i].Select(j => papers[j])).Build();
            if (output.KeepPage(paper.Path, pageKeyWithRelated, paper.Date))
            {
                return;
            }

            var view = views.PaperPage(i, bibtex ?? BibTexWriter.Write(paper, config));
            var html = context.Theme.RenderPage("paper", view, views.Site, views.PaperMeta(rendered));
            output.WritePage(paper.Path, html, paper.Date, key: pageKeyWithRelated);
        });

        return new EmitCount(papers.Length, 0);
    }
}
