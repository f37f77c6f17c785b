using System.Collections.Immutable;

namespace PaperDigest.Search;

/// <summary>
/// The search index of a digest: <c>meta.json</c> (format, fields and weights, stop words, tags, and the names of
/// every other file), the documents in chunks (<c>docs-N.hash.json</c>) and the terms in shards
/// (<c>terms-HEX.hash.json</c>), all in <see cref="Files"/> (sorted by name) but those in <see cref="Kept"/>, unless
/// the builder handed each file on as it was made (then <see cref="Files"/> is empty).
/// </summary>
internal sealed record SearchIndex(ImmutableArray<SearchIndexFile> Files, int Papers, int Terms, int Shards)
{
    /// <summary>Files of the last build's index kept as they are (their name and what they were made from), when the index was built with a <see cref="SearchIndexReuse"/>.</summary>
    public ImmutableArray<(string Name, Incremental.Fingerprint MadeFrom)> Kept { get; init; } = [];

    /// <summary>What the next build needs to keep the parts of this index that do not change.</summary>
    public SearchIndexMemory Memory { get; init; } = SearchIndexMemory.Empty;

    public const string MetaFile = "meta.json";

    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);

    public SearchIndexFile Meta => Files.Single(f => f.Name == MetaFile);

    /// <summary>The largest file a query could download.</summary>
    public SearchIndexFile Largest => Files.MaxBy(f => f.Bytes.Length)!;
}
