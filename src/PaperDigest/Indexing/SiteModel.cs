using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Everything the emitters need, built once from all papers: papers newest first, digest days, tags and authors with
/// their papers, free pages, each paper's related papers, and the pool the papers' words and search terms are
/// numbered in. Orders are decided here by sorting, never by the order work finished in.
/// </summary>
internal sealed record SiteModel(
    SiteConfig Site,
    ImmutableArray<RenderedPaper> Papers,
    ImmutableArray<DigestDay> Days,
    ImmutableArray<DigestWeek> Weeks,
    ImmutableArray<DigestMonth> Months,
    ImmutableArray<TagListing> Tags,
    ImmutableArray<RenderedPage> Pages,
    Task<ImmutableArray<ImmutableArray<int>>> RelatedLists,
    WordPool Words)
{
    /// <summary>Every author of the papers with their papers, by name; see <see cref="AuthorIndexer"/>.</summary>
    public ImmutableArray<AuthorListing> Authors { get; init; } = [];

    /// <summary>The people of <c>authors.yml</c> (empty without one): the rule that gives each author the slug of their page.</summary>
    public AuthorRegistry AuthorRegistry { get; init; } = AuthorRegistry.Empty;

    /// <summary>
    /// For each paper (same index), the indices of its related papers, best first. Computed in the background from
    /// the moment the model is built, so the pages that do not show them are written meanwhile; waited for here.
    /// </summary>
    public ImmutableArray<ImmutableArray<int>> Related => RelatedLists.GetAwaiter().GetResult();
}
