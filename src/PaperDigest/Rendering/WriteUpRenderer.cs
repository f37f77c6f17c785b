using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Search;

namespace PaperDigest.Rendering;

/// <summary>The render stage: every write-up and page to HTML, in parallel, with Markdown that cannot be rendered reported as a diagnostic.</summary>
public static class WriteUpRenderer
{
    /// <param name="searchTerms">Takes each rendered paper's search terms; its word pool is shared with the related-paper word counts.</param>
    /// <param name="cache">Write-ups the last build rendered; a paper taken from it is not rendered again.</param>
    public static (ImmutableArray<RenderedPaper> Papers, ImmutableArray<RenderedPage> Pages) Render(
        IReadOnlyList<Paper> papers, IReadOnlyList<FreePage> pages, MarkdownRenderer markdown, SearchTermExtractor searchTerms, WordPool words,
        DiagnosticBag diagnostics, EntryCache? cache = null)
    {
        var rendered = new RenderedPaper?[papers.Count];
        var problems = new Diagnostic?[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var paper = papers[i];
            if (cache?.RenderedFor(paper) is { } cached)
            {
                rendered[i] = cached;
                return;
            }

            var html = TryRender(markdown, paper.Body, paper.SourcePath, paper.BodyLine, out problems[i]);
            if (html is not null)
            {
                rendered[i] = new RenderedPaper(
                    paper, html, paper.Tldr ?? markdown.Excerpt(paper.Body), TermCounts.Of(paper.Title, paper.Body, words), searchTerms.Of(paper, html));
                cache?.Add(rendered[i]!);
            }
        });
        diagnostics.AddRange(problems.OfType<Diagnostic>());

        var renderedPages = ImmutableArray.CreateBuilder<RenderedPage>();
        foreach (var page in pages)
        {
            var html = TryRender(markdown, page.Body, page.SourcePath, page.BodyLine, out var problem);
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

    private static string? TryRender(MarkdownRenderer markdown, string body, string path, int bodyLine, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            return markdown.ToHtml(body);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            // Markdig refuses pathological nesting (thousands of nested lists or quotes) rather than overflow the stack.
            problem = Diagnostic.Error(new SourceLocation(path, bodyLine, 1), DiagnosticCodes.MarkdownUnrenderable,
                $"the write-up cannot be rendered: {ex.Message}");
            return null;
        }
    }
}
