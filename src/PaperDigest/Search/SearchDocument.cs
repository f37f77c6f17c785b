using System.Collections.Immutable;

namespace PaperDigest.Search;

/// <summary>
/// What a search result shows of a paper, as the index stores it in a <c>docs-N</c> chunk: title, slug (its URL),
/// authors, digest day, tags (indices into <c>meta.json</c>'s tag table), arXiv id, venue and summary.
/// </summary>
internal sealed record SearchDocument(
    string Title,
    string Slug,
    ImmutableArray<string> Authors,
    string DateIso,
    ImmutableArray<int> Tags,
    string Arxiv,
    string Venue,
    string Summary);
