using System.Collections.Immutable;

namespace PaperDigest.Search;

/// <summary>
/// A <c>terms-…</c> file of the index: every term whose longest shard prefix is <see cref="Prefix"/>, in ordinal
/// order, each with its postings.
/// </summary>
/// <param name="Prefix">The first code points its terms share (two, or more where a two-letter shard was too big).</param>
/// <param name="Terms">Indices into the sorted term list.</param>
internal sealed record TermShard(string Prefix, ImmutableArray<int> Terms);
