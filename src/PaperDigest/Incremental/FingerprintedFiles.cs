namespace PaperDigest.Incremental;

/// <summary>
/// Every file of the input and theme folders (as <c>InputReader.List(root, ".", null)</c> gives them) with the
/// fingerprint of its content: the input files' first, then the theme's. A <see cref="BuildStamp"/> is made of them and the settings.
/// </summary>
public sealed record FingerprintedFiles(
    string InputRoot, string ThemeRoot, IReadOnlyList<string> Input, IReadOnlyList<string> Theme, IReadOnlyList<Fingerprint> Fingerprints);
