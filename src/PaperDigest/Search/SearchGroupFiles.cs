using System.Collections.Immutable;

namespace PaperDigest.Search;

/// <summary>The shards of one two-letter group (prefix, size in bytes, hash), and the hash of its directory file if it has one.</summary>
internal sealed record SearchGroupFiles(ImmutableArray<(string Prefix, int Size, string Hash)> Shards, string? Directory);
