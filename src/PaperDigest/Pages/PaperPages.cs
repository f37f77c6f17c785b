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
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var papers = context.Model.Papers;
        var views = context.Views;
        var config = views.Config;
        var output = context.Output;
        Parallel.For(0, papers.Length, i =>
        {
            var rendered = papers[i];
            var paper = rendered.Paper;
            var folder = paper.Path.TrimStart('/');
            // The page shows the BibTeX entry too, so it is made for every paper.
            var bibtex = BibTexWriter.Write(paper, config);
            output.Text(folder + "cite.bib", bibtex);
            output.Text(folder + "cite.ris", (paper, config, keywords: views.TagNames(paper)), static x => RisWriter.Write(x.paper, x.config, x.keywords));
            output.Page(paper.Path, "paper", views.PaperPage(i, bibtex), views.PaperMeta(rendered), paper.Date);
        });

        return new EmitCount(papers.Length, 0);
    }
}
