using BenchmarkDotNet.Attributes;
using PaperDigest.Emitting;
using PaperDigest.Pages;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;

namespace PaperDigest.MicroBenchmarks;

/// <summary>
/// Theme.RenderPage for a paper page and for the first page of the most used tag, with views made as
/// PaperPages and TagPages make them (view building is set up once and not measured); each page with the compiled
/// templates the build uses and with Scriban's interpreter alone, to show what compiling gains.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private GeneratedDigest digest = null!;
    private PaperPageView paperView = null!;
    private PageMeta paperMeta = null!;
    private TagPageView tagView = null!;
    private PageMeta tagMeta = null!;
    private Theme interpreted = null!;

    [GlobalSetup]
    public void Setup()
    {
        digest = GeneratedDigest.Create();
        var views = digest.Views;
        var papers = digest.Model.Papers;
        var i = papers.IndexOf(papers.First(p => p.Paper.SourcePath.Path.EndsWith(digest.EntryPath, StringComparison.Ordinal)));
        var paper = views.PaperPage(new PaperPageInput(papers[i].Shown, null, null, [.. Indexing.RelatedPapersWork.Start(digest.Model, null).Lists[i].Select(j => papers[j].Shown)]));
        (paperView, paperMeta) = ((PaperPageView)paper.View, paper.Meta);

        var listing = digest.Model.Tags.MaxBy(t => t.Papers.Length)!;
        var pages = Paginator.Chunks(listing.Papers, views.Config.PageSize);
        var tag = views.TagPage(new TagPageInput(listing.Tag, listing.Papers.Length, [.. pages[0].Select(p => p.Shown)], 1, pages.Count));
        (tagView, tagMeta) = ((TagPageView)tag.View, tag.Meta);
        interpreted = digest.Theme.Interpreted();
    }

    [GlobalCleanup]
    public void Cleanup() => digest.Delete();

    [Benchmark]
    public string PaperPage() => digest.Theme.RenderPage("paper", paperView, digest.Views.Site, paperMeta);

    [Benchmark]
    public string TagPage() => digest.Theme.RenderPage("tag", tagView, digest.Views.Site, tagMeta);

    [Benchmark]
    public string PaperPageInterpreted() => interpreted.RenderPage("paper", paperView, digest.Views.Site, paperMeta);

    [Benchmark]
    public string TagPageInterpreted() => interpreted.RenderPage("tag", tagView, digest.Views.Site, tagMeta);
}
