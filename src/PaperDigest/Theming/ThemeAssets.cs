using System.Security.Cryptography;
using PaperDigest.Diagnostics;

namespace PaperDigest.Theming;

/// <summary>
/// The theme's <c>assets/</c> files and their fingerprinted names (<c>site.css</c> → <c>site.3f9a2b1c0d.css</c>):
/// a changed file gets a new URL, so hosts can cache assets for a year. Templates link them with <c>{{ asset "site.css" }}</c>.
/// The files are small and read once, so their bytes are kept for writing.
/// </summary>
internal sealed class ThemeAssets
{
    /// <summary>The largest asset a theme may hold.</summary>
    public const long MaxAssetBytes = 64L * 1024 * 1024;

    private readonly SortedDictionary<string, (string Fingerprinted, byte[] Bytes)> assets;

    private ThemeAssets(SortedDictionary<string, (string, byte[])> assets) => this.assets = assets;

    /// <summary>Each asset's path inside <c>assets/</c>, its fingerprinted path and its bytes, in ordinal order.</summary>
    public IEnumerable<(string Path, string Fingerprinted, byte[] Bytes)> Files =>
        assets.Select(kv => (kv.Key, kv.Value.Fingerprinted, kv.Value.Bytes));

    /// <summary>The fingerprinted path of an asset, or null when the theme has no such file.</summary>
    public string? Fingerprinted(string path) => assets.TryGetValue(path.TrimStart('/'), out var asset) ? asset.Fingerprinted : null;

    /// <summary>The assets of a theme, built-in ones and the folder's; one that cannot be read is a diagnostic.</summary>
    public static ThemeAssets Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var map = new SortedDictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var file in files.Origins.Keys.Where(f => f.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var bytes = files.Read(file, MaxAssetBytes, diagnostics);
            if (bytes is null)
            {
                continue;
            }

            var relative = file["assets/".Length..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(relative);
            map[relative] = (relative[..^extension.Length] + "." + hash + extension, bytes);
        }

        return new ThemeAssets(map);
    }
}
