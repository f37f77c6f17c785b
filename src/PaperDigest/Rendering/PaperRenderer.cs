using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Search;

namespace PaperDigest.Rendering;

/// <summary>
/// Renders one paper: its write-up to HTML (into the build's <see cref="WriteUpStore"/>), the summary for cards and
/// feeds, the word counts for related papers and the search terms. The Markdown is not kept: the rendered paper
/// carries the entry without its body. Safe to use from many threads.
/// </summary>
public sealed class PaperRenderer(MarkdownRenderer markdown, SearchTermExtractor searchTerms, WordPool words, WriteUpStore store)
{
    /// <summary>The renderer of a digest with these settings and tags, sharing the cache's store and word pool.</summary>
    public static PaperRenderer For(SiteConfig site, TagRegistry tags, EntryCache cache) =>
        new(new MarkdownRenderer(site.BasePath, site.AllowHtml), new SearchTermExtractor(site, tags, cache.Words), cache.Words, cache.Store);

    /// <summary>The rendered paper, or null with the reason in <paramref name="problem"/>.</summary>
    public RenderedPaper? Render(Paper paper, out Diagnostic? problem)
    {
        var html = Render(paper.Body, paper.SourcePath, paper.BodyLine, out problem);
        if (html is null)
        {
            return null;
        }

        return new RenderedPaper(
            paper with { Body = "" },
            store.Add(html),
            paper.Tldr ?? markdown.Excerpt(paper.Body),
            TermCounts.Of(paper.Title, paper.Body, words),
            searchTerms.Of(paper, html));
    }

    /// <summary>Markdown to HTML, or null with the reason in <paramref name="problem"/>.</summary>
    public string? Render(string body, string path, int bodyLine, out Diagnostic? problem)
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
