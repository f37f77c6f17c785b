using System.Security.Cryptography;
using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Theming.Publishing;

namespace PaperDigest.Theming;

/// <summary>
/// The theme's <c>assets/</c> files and their fingerprinted names (<c>site.css</c> → <c>site.3f9a2b1c0d.css</c>):
/// a changed file gets a new URL, so hosts can cache assets for a year. Templates link them with <c>{{ asset "site.css" }}</c>.
/// The files are small and read once, so their bytes are kept for writing. Stylesheets and scripts are published
/// minified, and stylesheets without the rules no page can use (<see cref="PublishedAsset"/>); their names are
/// fingerprints of what they are published from (the file, which of its names the theme uses, the tool), so the work
/// is done only when one of those changed.
/// </summary>
internal sealed class ThemeAssets
{
    /// <summary>The largest asset a theme may hold.</summary>
    public const long MaxAssetBytes = 64L * 1024 * 1024;

    /// <summary>Changes whenever PaperDigest itself is rebuilt, so a new minifier gives published files new names.</summary>
    private static readonly string Tool = typeof(ThemeAssets).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly string[] TemplateFolders = ["layouts/", "templates/", "partials/"];

    private readonly SortedDictionary<string, ThemeAsset> assets;

    private ThemeAssets(SortedDictionary<string, ThemeAsset> assets) => this.assets = assets;

    /// <summary>Each asset's path inside <c>assets/</c>, its fingerprinted path, its bytes and, for one published
    /// smaller, what it is made from; in ordinal order.</summary>
    public IEnumerable<ThemeAsset> Files => assets.Values;

    /// <summary>The fingerprinted path of an asset, or null when the theme has no such file.</summary>
    public string? Fingerprinted(string path) => assets.TryGetValue(path.TrimStart('/'), out var asset) ? asset.Fingerprinted : null;

    /// <summary>The assets of a theme, built-in ones and the folder's; one that cannot be read is a diagnostic.</summary>
    public static ThemeAssets Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var read = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files.Origins.Keys.Where(f => f.StartsWith("assets/", StringComparison.Ordinal)))
        {
            if (files.Read(file, MaxAssetBytes, diagnostics) is { } bytes)
            {
                read[file["assets/".Length..]] = bytes;
            }
        }

        var vocabulary = read.Keys.Any(IsStylesheet) ? Vocabulary(files, read) : null;
        var map = new SortedDictionary<string, ThemeAsset>(StringComparer.Ordinal);
        // Stylesheets last: their references to other assets (fonts) take those assets' fingerprinted names first.
        foreach (var (relative, original) in read.OrderBy(r => IsStylesheet(r.Key)))
        {
            var bytes = original;
            if (IsStylesheet(relative))
            {
                var text = Text(bytes);
                var rewritten = CssAssetUrls.Rewrite(text, relative, path => IsStylesheet(path) ? null : map.TryGetValue(path, out var asset) ? asset.Fingerprinted : null);
                if (!string.Equals(rewritten, text, StringComparison.Ordinal))
                {
                    bytes = Encoding.UTF8.GetBytes(rewritten);
                }
            }

            var hash = SHA256.HashData(bytes);
            PublishedAsset? published = null;
            if (PublishedAsset.IsProcessed(relative))
            {
                var source = Text(bytes);
                var css = IsStylesheet(relative);
                if (css && CssMinifier.TryMinify(source, out var problemAt) is null)
                {
                    diagnostics.Warning(At(files.Display("assets/" + relative), source, problemAt), DiagnosticCodes.StylesheetUnreadable,
                        "the stylesheet has a comment, string or bracket that is not closed here; it is published as written, neither minified nor purged");
                }
                else
                {
                    var used = css ? vocabulary!.For(source) : null;
                    published = new PublishedAsset(relative, source, used);
                    hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Convert.ToHexStringLower(hash)}\n{Tool}\n{string.Join(' ', used?.Words ?? [])}"));
                }
            }

            var extension = Path.GetExtension(relative);
            var fingerprinted = relative[..^extension.Length] + "." + Convert.ToHexStringLower(hash)[..10] + extension;
            map[relative] = new ThemeAsset(relative, fingerprinted, bytes, published);
        }

        return new ThemeAssets(map);
    }

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of the theme's templates and scripts, which the published stylesheets keep the rules of.</summary>
    private static ThemeVocabulary Vocabulary(ThemeFiles files, IReadOnlyDictionary<string, byte[]> assets)
    {
        // A template that cannot be read is the loader's diagnostic, not this one's.
        var ignored = new DiagnosticBag();
        var templates = files.Origins.Keys
            .Where(f => TemplateFolders.Any(folder => f.StartsWith(folder, StringComparison.Ordinal)) && f.EndsWith(ThemeContract.Extension, StringComparison.Ordinal))
            .Select(f => files.Read(f, SourceDecoder.MaxFileBytes, ignored))
            .OfType<byte[]>()
            .Select(Text);
        var scripts = assets.Where(a => a.Key.EndsWith(".js", StringComparison.OrdinalIgnoreCase)).Select(a => Text(a.Value));
        return ThemeVocabulary.Of(templates, scripts);
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    private static SourceLocation At(SourcePath display, string text, int offset)
    {
        var before = text.AsSpan(0, Math.Min(offset, text.Length));
        var line = before.Count('\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new SourceLocation(display, line, column);
    }
}
