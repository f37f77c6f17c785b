using PaperDigest.Reading;

namespace PaperDigest.Incremental;

/// <summary>
/// Every file of the input and theme folders (as <see cref="InputTree.Scan"/> admits them) with the fingerprint of
/// its content: the input files' first, then the theme's. A <see cref="BuildStamp"/> is made of them and the settings.
/// A file that could not be read is among its tree's problems.
/// </summary>
internal sealed record FingerprintedFiles(InputTree Input, InputTree Theme, IReadOnlyList<Fingerprint> Fingerprints)
{
    /// <summary>Whether both list the same files with the same fingerprints, and the same problems.</summary>
    public bool IsSameAs(FingerprintedFiles other) =>
        Input.Files.SequenceEqual(other.Input.Files, StringComparer.Ordinal)
        && Theme.Files.SequenceEqual(other.Theme.Files, StringComparer.Ordinal)
        && Fingerprints.SequenceEqual(other.Fingerprints)
        && Input.Problems.Concat(Theme.Problems).Select(p => p.ToString()).SequenceEqual(other.Input.Problems.Concat(other.Theme.Problems).Select(p => p.ToString()), StringComparer.Ordinal);
}
