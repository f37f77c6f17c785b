using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Indexing;

/// <summary>
/// Everything the emitters need, built once from all papers: papers newest first, digest days, tags with
/// their papers, free pages. Orders are decided here by sorting, never by the order work finished in.
/// </summary>
public sealed record SiteModel(
    SiteConfig Site,
    ImmutableArray<RenderedPaper> Papers,
    ImmutableArray<DigestDay> Days,
    ImmutableArray<TagListing> Tags,
    ImmutableArray<RenderedPage> Pages);
