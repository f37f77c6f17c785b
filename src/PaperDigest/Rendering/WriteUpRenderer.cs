using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;

namespace PaperDigest.Rendering;

/// <summary>The render stage: every write-up and page to HTML, in parallel, with Markdown that cannot be rendered reported as a diagnostic.</summary>
public static class WriteUpRenderer
{
    /// <param name="cache">Papers the last build rendered, or this build rendered as it read them; those are not rendered again.</param>
    public static (ImmutableArray<RenderedPaper> Papers, ImmutableArray<RenderedPage> Pages) Render(
        IReadOnlyList<Paper> papers, IReadOnlyList<FreePage> pages, PaperRenderer renderer, DiagnosticBag diagnostics, EntryCache cache)
    {
        var rendered = new RenderedPaper?[papers.Count];
        var problems = new Diagnostic?[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var paper = papers[i];
            if (cache.RenderedFor(paper) is { } done)
            {
                rendered[i] = done;
            }
            else if (renderer.Render(paper, out problems[i]) is { } fresh)
            {
                rendered[i] = fresh;
                cache.Add(fresh);
            }
        });
        diagnostics.AddRange(problems.OfType<Diagnostic>());

        var renderedPages = ImmutableArray.CreateBuilder<RenderedPage>();
        foreach (var page in pages)
        {
            var html = renderer.Render(page.Body, page.SourcePath, page.BodyLine, out var problem);
            if (problem is not null)
            {
                diagnostics.Add(problem);
            }
            else if (html is not null)
            {
                renderedPages.Add(new RenderedPage(page, html));
            }
        }

        return ([.. rendered.OfType<RenderedPaper>()], renderedPages.ToImmutable());
    }
}
