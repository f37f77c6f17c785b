using PaperDigest.Diagnostics;
using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>An entry as the last build parsed and rendered it, with the warnings it gave, and the fingerprint of its file then.</summary>
internal sealed record CachedEntry(Fingerprint Source, RenderedPaper Rendered, IReadOnlyList<Diagnostic> Warnings);
