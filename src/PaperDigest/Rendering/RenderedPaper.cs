using PaperDigest.Content;
using PaperDigest.Indexing;
using PaperDigest.Search;

namespace PaperDigest.Rendering;

/// <summary>
/// A rendered paper: what pages and feeds show of it (<see cref="Shown"/>), and the words of its title and write-up
/// counted for related papers and the terms the search index finds it by. The words are numbered by the build's
/// <see cref="WordPool"/>, whose numbers differ from build to build, so nothing a page is made from holds them.
/// </summary>
internal sealed record RenderedPaper(ShownPaper Shown, TermCounts Terms, SearchTerms Search)
{
    public RenderedPaper(Paper paper, WriteUpHtml html, string summary, TermCounts terms, SearchTerms search)
        : this(new ShownPaper(paper, html, summary), terms, search)
    {
    }

    private static readonly TermCounts NoTerms = new([], []);
    private static readonly SearchTerms NoSearchTerms = new([], []);

    public Paper Paper => Shown.Paper;

    public WriteUpHtml Html => Shown.Html;

    public string Summary => Shown.Summary;

    /// <summary>What feeds show of a paper: without the words counted for related papers and search, which no feed
    /// shows, so what a feed is made from is smaller.</summary>
    public static RenderedPaper ShownOnly(ShownPaper shown) => new(shown, NoTerms, NoSearchTerms);
}
