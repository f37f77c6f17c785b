using PaperDigest.Diagnostics;
using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>
/// An entry as the last build parsed and rendered it, with the warnings it gave, the fingerprint of its file then, and
/// the keys its instances had in the build that rendered it (the default until a build noted them).
/// </summary>
internal sealed record CachedEntry(Fingerprint Source, RenderedPaper Rendered, IReadOnlyList<Diagnostic> Warnings, EntryKeys Keys = default);
