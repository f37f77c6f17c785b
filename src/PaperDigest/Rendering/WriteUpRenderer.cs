using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering;

/// <summary>The render stage: every write-up and page to HTML, in parallel, with Markdown that cannot be rendered reported as a diagnostic.</summary>
public static class WriteUpRenderer
{
    public static (ImmutableArray<RenderedPaper> Papers, ImmutableArray<RenderedPage> Pages) Render(
        IReadOnlyList<Paper> papers, IReadOnlyList<FreePage> pages, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        var rendered = new RenderedPaper?[papers.Count];
        var problems = new Diagnostic?[papers.Count];
        Parallel.For(0, papers.Count, i =>
        {
            var paper = papers[i];
            var html = TryRender(markdown, paper.Body, paper.SourcePath, paper.BodyLine, out problems[i]);
            if (html is not null)
            {
                rendered[i] = new RenderedPaper(paper, html, paper.Tldr ?? markdown.Excerpt(paper.Body));
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
