using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Everything the emitters need, built once from all papers: papers newest first, digest days, tags with
/// their papers, free pages, each paper's related papers (indices into <see cref="Papers"/>), and the pool the papers'
/// words and search terms are numbered in. Orders are decided here by sorting, never by the order work finished in.
/// </summary>
public sealed record SiteModel(
    SiteConfig Site,
    ImmutableArray<RenderedPaper> Papers,
    ImmutableArray<DigestDay> Days,
    ImmutableArray<DigestWeek> Weeks,
    ImmutableArray<DigestMonth> Months,
    ImmutableArray<TagListing> Tags,
    ImmutableArray<RenderedPage> Pages,
    ImmutableArray<ImmutableArray<int>> Related,
    WordPool Words);
