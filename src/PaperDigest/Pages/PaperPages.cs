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
            var input = new PaperPageInput(
                rendered.Shown,
                i > 0 ? Neighbour(config, papers[i - 1].Paper) : null,
                i < papers.Length - 1 ? Neighbour(config, papers[i + 1].Paper) : null,
                [.. related[i].Select(j => papers[j].Shown)]);
            output.Page(paper.Path, "paper", input, static (views, input) => views.PaperPage(input), paper.Date);
        });

        return new EmitCount(papers.Length, 0);
    }

    private static NavLinkView Neighbour(Content.SiteConfig config, Content.Paper paper) => new(paper.Title, config.Link(paper.Path));
}
