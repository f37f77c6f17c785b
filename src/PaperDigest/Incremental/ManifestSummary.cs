using PaperDigest.Diagnostics;

namespace PaperDigest.Incremental;

/// <summary>The counts and warnings of the build a manifest records, reported again when nothing changed.</summary>
public sealed record ManifestSummary(int Papers, int Pages, int Feeds, IReadOnlyList<Diagnostic> Warnings);
