using PaperDigest.Content;
using PaperDigest.Indexing;
using PaperDigest.Search;

namespace PaperDigest.Rendering;

/// <summary>
/// A paper (without its Markdown body) with its write-up rendered to HTML, a plain-text summary for cards, feeds and meta tags, the
/// words of its title and write-up counted for related papers, and the terms the search index finds it by.
/// </summary>
internal sealed record RenderedPaper(Paper Paper, WriteUpHtml Html, string Summary, TermCounts Terms, SearchTerms Search);
