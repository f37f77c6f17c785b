using PaperDigest.Incremental;

namespace PaperDigest.Search;

/// <summary>
/// One file of the search index: its name inside <c>/search/</c>, its bytes (compact UTF-8 JSON), and the
/// fingerprint of what it was made from (none for <c>meta.json</c>), by which a later build may keep it.
/// </summary>
internal sealed record SearchIndexFile(string Name, byte[] Bytes, Fingerprint MadeFrom = default);
