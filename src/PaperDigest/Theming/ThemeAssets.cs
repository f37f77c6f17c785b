using System.Security.Cryptography;
using System.Text;
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
            map[relative] = (Fingerprint(relative, bytes), bytes);
        }

        // Style sheets last: their references to other assets (fonts) take those assets' fingerprinted names first.
        foreach (var css in map.Keys.Where(IsStyleSheet).ToList())
        {
            var text = Encoding.UTF8.GetString(map[css].Item2);
            var rewritten = CssAssetUrls.Rewrite(text, css, path => IsStyleSheet(path) ? null : map.TryGetValue(path, out var asset) ? asset.Item1 : null);
            if (!string.Equals(rewritten, text, StringComparison.Ordinal))
            {
                var bytes = Encoding.UTF8.GetBytes(rewritten);
                map[css] = (Fingerprint(css, bytes), bytes);
            }
        }

        return new ThemeAssets(map);
    }

    private static bool IsStyleSheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    private static string Fingerprint(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(path);
        return path[..^extension.Length] + "." + hash + extension;
    }
}
