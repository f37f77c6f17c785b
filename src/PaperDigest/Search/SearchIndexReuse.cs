using PaperDigest.Incremental;

namespace PaperDigest.Search;

/// <summary>
/// What a build may keep of the last build's search index: the last index's <see cref="Previous"/> memory, and
/// whether a file of that name, made from those inputs, is still in the output as written.
/// </summary>
internal sealed record SearchIndexReuse(SearchIndexMemory Previous, Func<string, Fingerprint, bool> CanKeep);
