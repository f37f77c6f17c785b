using PaperDigest.Incremental;

namespace PaperDigest.Search;

/// <summary>
/// What the last build's search index was made of, by the fingerprint of what each part was made from: for each group of
/// terms sharing their first two letters, its shards and the directory naming them; for each docs file, its hash.
/// A part made from the same, and whose files are still in the output as written, is kept rather than written
/// again (see <see cref="SearchIndexBuilder"/>).
/// </summary>
internal sealed record SearchIndexMemory(
    IReadOnlyDictionary<Fingerprint, SearchGroupFiles> Groups,
    IReadOnlyDictionary<Fingerprint, string> Docs)
{
    public static SearchIndexMemory Empty { get; } = new(new Dictionary<Fingerprint, SearchGroupFiles>(), new Dictionary<Fingerprint, string>());
}
