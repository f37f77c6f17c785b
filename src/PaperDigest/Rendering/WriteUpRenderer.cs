using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;

namespace PaperDigest.Rendering;

/// <summary>
/// The render stage: every write-up and page to HTML, in parallel, with Markdown that cannot be rendered reported as an
/// error and what rendering changed (unsafe links, limits) as warnings. Papers taken from the cache had theirs reported by the loader.
/// </summary>
internal static class WriteUpRenderer
{
    /// <param name="cache">Papers the last build rendered, or this build rendered as it read them; those are not rendered again.</param>
    public static (ImmutableArray<RenderedPaper> Papers, ImmutableArray<RenderedPage> Pages) Render(
        IReadOnlyList<Paper> papers, IReadOnlyList<FreePage> pages, PaperRenderer renderer, DiagnosticBag diagnostics, EntryCache cache)
    {
        var rendered = new RenderedPaper?[papers.Count];
        var bags = new DiagnosticBag?[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var paper = papers[i];
            if (cache.RenderedFor(paper) is { } done)
            {
                rendered[i] = done;
                return;
            }

            var bag = bags[i] = new DiagnosticBag();
            if (renderer.Render(paper, bag) is { } fresh)
            {
                rendered[i] = fresh;
                cache.Add(fresh, bag.Items);
            }
        });
        diagnostics.AddRange(bags.OfType<DiagnosticBag>().SelectMany(b => b.Items));

        var renderedPages = ImmutableArray.CreateBuilder<RenderedPage>();
        foreach (var page in pages)
        {
            if (renderer.Render(page.Body, page.SourcePath, page.BodyLine, diagnostics) is { } markdown)
            {
                renderedPages.Add(new RenderedPage(page, markdown.Html));
            }
        }

        return ([.. rendered.OfType<RenderedPaper>()], renderedPages.ToImmutable());
    }
}
