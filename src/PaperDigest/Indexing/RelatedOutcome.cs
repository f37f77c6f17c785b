using System.Collections.Immutable;

namespace PaperDigest.Indexing;

/// <summary>
/// The related papers of a build (for each paper, the indices of its related papers, best first), what the next
/// build needs to update them, and how many papers were searched in full (all of them unless a memory was used).
/// </summary>
internal sealed record RelatedOutcome(ImmutableArray<ImmutableArray<int>> Lists, RelatedMemory Memory, int Searched);
