using System.Security.Cryptography;

namespace PaperDigest.Theming;

/// <summary>
/// The theme's <c>assets/</c> files and their fingerprinted names (<c>site.css</c> → <c>site.3f9a2b1c0d.css</c>):
/// a changed file gets a new URL, so hosts can cache assets for a year. Templates link them with <c>{{asset "site.css"}}</c>.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, string> fingerprinted;

    private ThemeAssets(string folder, Dictionary<string, string> fingerprinted)
    {
        Folder = folder;
        this.fingerprinted = fingerprinted;
    }

    /// <summary>The theme's assets folder.</summary>
    public string Folder { get; }

    /// <summary>Each asset's path inside <c>assets/</c>, with its fingerprinted path, in ordinal order.</summary>
    public IEnumerable<(string Path, string Fingerprinted)> Files =>
        fingerprinted.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value));

    /// <summary>The fingerprinted path of an asset, or null when the theme has no such file.</summary>
    public string? Fingerprinted(string path) => fingerprinted.GetValueOrDefault(path.TrimStart('/'));

    public static ThemeAssets Load(string themeRoot)
    {
        var folder = System.IO.Path.Combine(themeRoot, "assets");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                var relative = System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (relative.Split('/').Any(part => part.StartsWith('.')))
                {
                    continue;
                }

                var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
                var extension = System.IO.Path.GetExtension(relative);
                map[relative] = relative[..^extension.Length] + "." + hash + extension;
            }
        }

        return new ThemeAssets(folder, map);
    }
}
