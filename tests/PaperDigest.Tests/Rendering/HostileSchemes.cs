namespace PaperDigest.Tests.Rendering;

/// <summary>
/// A check of URLs in output that does not rely on the renderer's own rule: whitespace and control characters
/// dropped and case folded, does it start with a scheme that runs code or reads local files?
/// </summary>
internal static class HostileSchemes
{
    private static readonly string[] Schemes = ["javascript:", "vbscript:", "data:", "file:", "ftp:", "tel:", "custom-app:"];

    public static bool Starts(string url)
    {
        var folded = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B')]).ToLowerInvariant();
        return Schemes.Any(s => folded.StartsWith(s, StringComparison.Ordinal));
    }
}
