using PaperDigest.Theming.Publishing;

namespace PaperDigest.Theming;

/// <summary>A file of the theme's <c>assets/</c>.</summary>
/// <param name="Path">Its path inside <c>assets/</c>.</param>
/// <param name="Fingerprinted">The path it is published under, with a fingerprint in its name.</param>
/// <param name="Bytes">Its bytes as the theme has them.</param>
/// <param name="Published">For a stylesheet or script published smaller, what that is made from; null for a file published as it is.</param>
internal sealed record ThemeAsset(string Path, string Fingerprinted, byte[] Bytes, PublishedAsset? Published);
