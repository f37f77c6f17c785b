using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Everything the emitters need, built once from all papers: papers newest first, digest days, tags with
/// their papers, free pages, and each paper's related papers (indices into <see cref="Papers"/>). Orders are decided here by sorting, never by the order work finished in.
/// </summary>
public sealed record SiteModel(
    SiteConfig Site,
    ImmutableArray<RenderedPaper> Papers,
    ImmutableArray<DigestDay> Days,
    ImmutableArray<DigestWeek> Weeks,
    ImmutableArray<DigestMonth> Months,
    ImmutableArray<TagListing> Tags,
    ImmutableArray<RenderedPage> Pages,
    ImmutableArray<ImmutableArray<int>> Related);
