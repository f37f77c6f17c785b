using PaperDigest.Content;
using PaperDigest.Indexing;

namespace PaperDigest.Rendering;

/// <summary>
/// A paper with its write-up rendered to HTML, a plain-text summary for cards, feeds and meta tags, and the
/// words of its title and write-up counted for related papers.
/// </summary>
public sealed record RenderedPaper(Paper Paper, string Html, string Summary, TermCounts Terms);
