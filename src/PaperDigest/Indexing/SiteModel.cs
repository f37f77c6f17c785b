using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Everything the emitters need, built once from all papers: papers newest first, digest days, tags and authors with
/// their papers, free pages, and the pool the papers' words and search terms are numbered in (from which
/// <see cref="RelatedPapersWork"/> finds each paper's related papers). Orders are decided here by sorting, never by the
/// order work finished in.
/// </summary>
internal sealed record SiteModel(
    SiteConfig Site,
    ImmutableArray<RenderedPaper> Papers,
    ImmutableArray<DigestDay> Days,
    ImmutableArray<DigestWeek> Weeks,
    ImmutableArray<DigestMonth> Months,
    ImmutableArray<TagListing> Tags,
    ImmutableArray<RenderedPage> Pages,
    WordPool Words)
{
    /// <summary>Every author of the papers with their papers, by name; see <see cref="AuthorIndexer"/>.</summary>
    public ImmutableArray<AuthorListing> Authors { get; init; } = [];

    /// <summary>The people of <c>authors.yml</c> (empty without one): the rule that gives each author the slug of their page.</summary>
    public AuthorRegistry AuthorRegistry { get; init; } = AuthorRegistry.Empty;
}
