using System.Collections.Immutable;

namespace PaperDigest.Indexing;

/// <summary>The keys a paper's related-paper candidates are found by: its tags and the words of its vector.</summary>
internal sealed record PaperKeys(ImmutableArray<string> Tags, ImmutableArray<string> Words);
