using System.Security.Cryptography;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;

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

    /// <summary>The assets of a scanned theme folder; one that cannot be read is a diagnostic.</summary>
    public static ThemeAssets Load(InputTree tree, DiagnosticBag diagnostics)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in tree.In("assets", null))
        {
            var bytes = InputGate.ReadBytes(tree.Root, file, long.MaxValue, diagnostics);
            if (bytes is null)
            {
                continue;
            }

            var relative = file["assets/".Length..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = System.IO.Path.GetExtension(relative);
            map[relative] = relative[..^extension.Length] + "." + hash + extension;
        }

        return new ThemeAssets(System.IO.Path.Combine(tree.Root, "assets"), map);
    }
}
