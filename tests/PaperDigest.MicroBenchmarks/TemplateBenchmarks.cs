using BenchmarkDotNet.Attributes;
using PaperDigest.Citations;
using PaperDigest.Emitting;
using PaperDigest.Pages;
using PaperDigest.Theming.Views;

namespace PaperDigest.MicroBenchmarks;

/// <summary>
/// Theme.RenderPage for a paper page and for the first page of the most used tag, with views made as
/// PaperPages and TagPages make them (view building is set up once and not measured).
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private GeneratedDigest digest = null!;
    private PaperPageView paperView = null!;
    private PageMeta paperMeta = null!;
    private TagPageView tagView = null!;
    private PageMeta tagMeta = null!;

    [GlobalSetup]
    public void Setup()
    {
        digest = GeneratedDigest.Create();
        var views = digest.Views;
        var config = views.Config;
        var papers = digest.Model.Papers;
        var i = papers.IndexOf(papers.First(p => p.Paper.SourcePath.EndsWith(digest.EntryPath, StringComparison.Ordinal)));
        var rendered = papers[i];
        var paper = rendered.Paper;
        paperView = new PaperPageView(
            views.Site,
            views.Card(rendered),
            rendered.Html,
            paper.Published is { } published ? ViewFactory.Iso(published) : null,
            paper.Published is { } p ? ViewFactory.DateText(p) : null,
            paper.Doi,
            paper.DoiUrl,
            i > 0 ? new NavLinkView(papers[i - 1].Paper.Title, config.Link(papers[i - 1].Paper.Path)) : null,
            i < papers.Length - 1 ? new NavLinkView(papers[i + 1].Paper.Title, config.Link(papers[i + 1].Paper.Path)) : null,
            [.. digest.Model.Related[i].Select(j => views.Card(papers[j]))],
            BibTexWriter.Write(paper, config),
            config.Link(paper.Path + "cite.bib"),
            config.Link(paper.Path + "cite.ris"));
        paperMeta = views.PaperMeta(rendered);

        var listing = digest.Model.Tags.MaxBy(t => t.Papers.Length)!;
        var summary = views.TagSummary(listing);
        var pages = Paginator.Chunks(listing.Papers, config.PageSize);
        tagView = new TagPageView(views.Site, summary, [.. pages[0].Select(views.Card)], views.Pagination(1, pages.Count, n => Paginator.PagePath(listing.Path, n)));
        var meta = views.Meta(summary.Name, summary.Description, listing.Path, "tag");
        tagMeta = meta with { Feeds = [.. views.FeedLinks(listing.Path, $"{config.Title}: {summary.Name}"), .. meta.Feeds] };
    }

    [GlobalCleanup]
    public void Cleanup() => digest.Delete();

    [Benchmark]
    public string PaperPage() => digest.Theme.RenderPage("paper", paperView, digest.Views.Site, paperMeta);

    [Benchmark]
    public string TagPage() => digest.Theme.RenderPage("tag", tagView, digest.Views.Site, tagMeta);
}
