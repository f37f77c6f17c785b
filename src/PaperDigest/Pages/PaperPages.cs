using PaperDigest.Citations;
using PaperDigest.Emitting;

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
        var related = context.Related.Lists;
        var config = context.Views.Config;
        var output = context.Output;
        Parallel.For(0, papers.Length, i =>
        {
            var rendered = papers[i];
            var paper = rendered.Paper;
            var folder = paper.Path.TrimStart('/');
            var keywords = context.Views.TagNames(paper);
            output.Text(folder + "cite.bib", (paper, config), static x => BibTexWriter.Write(x.paper, x.config));
            output.Text(folder + "cite.ris", (paper, config, keywords), static x => RisWriter.Write(x.paper, x.config, x.keywords));
            var input = PaperPageInput.At(i, papers.Length, j => papers[j].Shown, related[i].Select(j => papers[j].Shown), config);
            output.Page(paper.Path, "paper", input, static (views, input) => views.PaperPage(input), paper.Date);
        });

        return new EmitCount(papers.Length, 0);
    }
}
