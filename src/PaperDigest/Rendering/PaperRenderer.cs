using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Feeds;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Search;

namespace PaperDigest.Rendering;

/// <summary>
/// Renders one paper: its write-up to HTML (into the build's <see cref="WriteUpStore"/>), the summary for cards and
/// feeds, and the terms of its title and write-up (one <see cref="TextAnalysis"/>), counted for related papers and
/// weighed by field for search. The Markdown is not kept: the rendered paper carries the entry without its body.
/// Safe to use from many threads.
/// </summary>
internal sealed class PaperRenderer(MarkdownRenderer markdown, TextAnalysis analysis, SearchTermExtractor searchTerms, WordPool words, WriteUpStore store)
{
    /// <summary>The renderer of a digest with these settings and tags, sharing the cache's store and word pool.</summary>
    public static PaperRenderer For(SiteConfig site, TagRegistry tags, EntryCache cache) => For(site, tags, cache.Words, cache.Store);

    /// <summary>The renderer of a site's papers, numbering words in <paramref name="words"/> and keeping write-ups in <paramref name="store"/>.</summary>
    public static PaperRenderer For(SiteConfig site, TagRegistry tags, WordPool words, WriteUpStore store)
    {
        var analysis = TextAnalysis.For(site.Language);
        return new(MarkdownRenderer.For(site.BasePath, site.AllowHtml), analysis, new SearchTermExtractor(tags.Tags, analysis, words), words, store);
    }

    /// <summary>The rendered paper, or null if its write-up cannot be rendered; errors and warnings go to <paramref name="diagnostics"/>.</summary>
    public RenderedPaper? Render(Paper paper, DiagnosticBag diagnostics)
    {
        var rendered = Render(paper.Body, paper.SourcePath, paper.BodyLine, diagnostics);
        if (rendered is null)
        {
            return null;
        }

        var writeUp = store.Add(rendered.Html, rendered.Urls);
        if (writeUp.Utf8Length > FeedContent.MaxWriteUpBytes)
        {
            diagnostics.Warning(new SourceLocation(paper.SourcePath, paper.BodyLine, 1), DiagnosticCodes.FeedItemCapped,
                $"the write-up renders to {writeUp.Utf8Length / 1024:N0} KiB of HTML, more than the {FeedContent.MaxWriteUpBytes / 1024} KiB a feed item carries " +
                "(FeedContent.MaxWriteUpBytes): its page shows it whole, the feeds show its summary and a link to the page");
        }

        // The write-up's words are analysed once, for related papers and for search.
        var writeUpTerms = analysis.Terms(rendered.Text, words);
        return new RenderedPaper(
            paper with { Body = "" },
            writeUp,
            // Cards, feeds and meta descriptions show no MathML: an editor's formulas in the tldr read as Unicode there.
            paper.Tldr is { } tldr ? Math.ProseMath.Readable(tldr) : rendered.Excerpt,
            TermCounts.Of(analysis.Terms(paper.Title, words), writeUpTerms),
            searchTerms.Of(paper, rendered.Text, writeUpTerms));
    }

    /// <summary>Markdown rendered, or null if it cannot be rendered; errors and warnings go to <paramref name="diagnostics"/>.</summary>
    public RenderedMarkdown? Render(string body, SourcePath path, int bodyLine, DiagnosticBag diagnostics)
    {
        try
        {
            var rendered = markdown.Render(body);
            diagnostics.AddRange(rendered.Warnings.Select(w => w.ToDiagnostic(path, bodyLine)));
            return rendered;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            // Markdig refuses what it cannot parse within its limits rather than overflow the stack; the limits of
            // MarkdownLimits keep write-ups inside them, so this is a last resort.
            diagnostics.Error(new SourceLocation(path, bodyLine, 1), DiagnosticCodes.MarkdownUnrenderable,
                $"the write-up cannot be rendered: {ex.Message}");
            return null;
        }
    }
}
