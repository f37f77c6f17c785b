using PaperDigest.Diagnostics;

namespace PaperDigest.Incremental;

/// <summary>
/// The counts and warnings of the build a manifest records, reported again when nothing changed, and the stamp of
/// all it was made from but the entries (<see cref="BuildStamp.Site"/>), which tells the next build whether only entries changed.
/// </summary>
internal sealed record ManifestSummary(int Papers, int Pages, int Feeds, IReadOnlyList<Diagnostic> Warnings, Fingerprint Site);
