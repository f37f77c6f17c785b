using System.Collections.Immutable;
using PaperDigest.Incremental;

namespace PaperDigest.Indexing;

/// <summary>
/// What one build's related papers were computed from, and what they came to: the papers' order (their slugs), each
/// paper's vector and tags (as a fingerprint, and as the words themselves, read only
/// for the papers that changed), and each paper's list. With it, the next build searches again only the papers an
/// edit can reach (see <see cref="RelatedPapers"/>).
/// </summary>
/// <param name="Slugs">The papers' slugs in the order of the other arrays (digest order).</param>
/// <param name="Keys">Paper i's tags and vector words, or null if they cannot be read back.</param>
internal sealed record RelatedMemory(
    ImmutableArray<string> Slugs,
    ImmutableArray<Fingerprint> Vectors,
    ImmutableArray<ImmutableArray<int>> Lists,
    Func<int, PaperKeys?> Keys);
